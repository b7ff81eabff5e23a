// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Property children in the order of wml.xsd, whatever order the template had them in. */
@Tag("issue-11")
class SchemaOrderTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    /** {@code xml} (inner XML of a {@code w:body}) after {@link SchemaOrder#sortAll}. */
    private static String sorted(String xml) throws Exception {
        XmlElem root = TreeReader.parse(("<w:body " + NS + ">" + xml + "</w:body>").getBytes(StandardCharsets.UTF_8));
        SchemaOrder.sortAll(root);
        StringBuilder sb = new StringBuilder();
        TreeWriter.write(sb, root);
        String out = sb.toString();
        return out.substring(out.indexOf('>') + 1, out.length() - "</w:body>".length());
    }

    @Test
    void aSectionBreakLibreOfficeWroteBeforeTheStyleGoesLast() throws Exception {
        assertEquals(
                "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:rPr/><w:sectPr><w:pgSz w:w=\"11906\"/>"
                        + "<w:pgMar w:top=\"2098\"/><w:docGrid w:linePitch=\"579\"/></w:sectPr></w:pPr></w:p>",
                sorted("<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\"/><w:pgMar w:top=\"2098\"/>"
                        + "<w:docGrid w:linePitch=\"579\"/></w:sectPr><w:pStyle w:val=\"Normal\"/><w:rPr></w:rPr>"
                        + "</w:pPr></w:p>"));
    }

    @Test
    void everyKindOfPropertiesAndThePropertiesInsideThemAreSorted() throws Exception {
        assertEquals(
                "<w:p><w:pPr><w:pStyle/><w:pBdr><w:top/><w:bottom/></w:pBdr><w:spacing/><w:ind/><w:jc/>"
                        + "<w:rPr><w:b/><w:sz/></w:rPr></w:pPr>"
                        + "<w:r><w:rPr><w:rFonts/><w:b/><w:color/><w:sz/><w:lang/></w:rPr></w:r></w:p>",
                sorted("<w:p><w:pPr><w:rPr><w:sz/><w:b/></w:rPr><w:jc/><w:pBdr><w:bottom/><w:top/></w:pBdr>"
                        + "<w:ind/><w:spacing/><w:pStyle/></w:pPr>"
                        + "<w:r><w:rPr><w:lang/><w:sz/><w:color/><w:b/><w:rFonts/></w:rPr></w:r></w:p>"));
        assertEquals(
                "<w:tbl><w:tblPr><w:tblStyle/><w:tblW/><w:jc/><w:tblBorders><w:top/><w:left/><w:insideH/>"
                        + "</w:tblBorders><w:tblLayout/><w:tblCellMar><w:top/><w:left/></w:tblCellMar><w:tblLook/>"
                        + "</w:tblPr><w:tr><w:tblPrEx><w:tblW/><w:tblInd/></w:tblPrEx><w:trPr><w:cantSplit/>"
                        + "<w:trHeight/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW/><w:gridSpan/><w:vMerge/>"
                        + "<w:tcBorders><w:top/><w:bottom/></w:tcBorders><w:shd/><w:tcMar><w:left/><w:right/>"
                        + "</w:tcMar><w:vAlign/></w:tcPr></w:tc></w:tr></w:tbl>",
                sorted("<w:tbl><w:tblPr><w:tblLook/><w:tblCellMar><w:left/><w:top/></w:tblCellMar><w:tblLayout/>"
                        + "<w:tblBorders><w:insideH/><w:left/><w:top/></w:tblBorders><w:jc/><w:tblW/><w:tblStyle/>"
                        + "</w:tblPr><w:tr><w:tblPrEx><w:tblInd/><w:tblW/></w:tblPrEx><w:trPr><w:tblHeader/>"
                        + "<w:trHeight/><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:vAlign/><w:tcMar><w:right/>"
                        + "<w:left/></w:tcMar><w:shd/><w:tcBorders><w:bottom/><w:top/></w:tcBorders><w:vMerge/>"
                        + "<w:gridSpan/><w:tcW/></w:tcPr></w:tc></w:tr></w:tbl>"));
        assertEquals(
                "<w:sectPr><w:headerReference/><w:footerReference w:type=\"even\"/>"
                        + "<w:footerReference w:type=\"default\"/><w:type/><w:pgSz/><w:pgMar/><w:pgNumType/>"
                        + "<w:cols/><w:titlePg/><w:docGrid/></w:sectPr>",
                sorted("<w:sectPr><w:docGrid/><w:footerReference w:type=\"even\"/><w:pgMar/><w:titlePg/>"
                        + "<w:footerReference w:type=\"default\"/><w:type/><w:headerReference/><w:cols/>"
                        + "<w:pgNumType/><w:pgSz/></w:sectPr>"));
    }

    @Test
    void propertiesAlreadyInOrderAreLeftAsWrittenWhiteSpaceIncluded() throws Exception {
        String xml = "<w:p>\n  <w:pPr>\n    <w:pStyle w:val=\"BodyText\"/>\n    <w:spacing w:line=\"579\"/>\n"
                + "    <w:jc w:val=\"both\"/>\n  </w:pPr>\n  <w:r><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:r>\n</w:p>";
        assertEquals(xml, sorted(xml));
    }

    @Test
    void whiteSpaceBetweenPropertiesStaysWhereItWasWhenTheyMove() throws Exception {
        assertEquals(
                "<w:pPr>\n  <w:pStyle/>\n  <w:ind/>\n  <w:jc/>\n</w:pPr>",
                sorted("<w:pPr>\n  <w:jc/>\n  <w:ind/>\n  <w:pStyle/>\n</w:pPr>"));
    }

    @Test
    void anElementTheSchemaDoesNotDeclareThereStaysAfterTheElementBeforeIt() throws Exception {
        // w14 (mc:Ignorable in Word's parts) is dropped by readers that do not know it; Word puts it last
        assertEquals(
                "<w:rPr><w:b/><w:sz/><w14:ligatures w14:val=\"standard\"/></w:rPr>",
                sorted("<w:rPr><w:sz/><w14:ligatures w14:val=\"standard\"/><w:b/></w:rPr>"));
        assertEquals(
                "<w:pPr><w14:future/><w:pStyle/><w:jc/><w:unknownInThisVersion/></w:pPr>",
                sorted("<w:pPr><w14:future/><w:jc/><w:unknownInThisVersion/><w:pStyle/></w:pPr>"));
    }

    @Test
    void anAlternateContentGoesWhereItsFallbackBelongs() throws Exception {
        String alternate = "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w14:x/></mc:Choice>"
                + "<mc:Fallback><w:spacing w:line=\"579\"/></mc:Fallback></mc:AlternateContent>";
        assertEquals(
                "<w:pPr><w:pStyle/>" + alternate + "<w:jc/></w:pPr>",
                sorted("<w:pPr><w:jc/>" + alternate + "<w:pStyle/></w:pPr>"));
        String noFallback =
                "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w14:x/></mc:Choice>" + "</mc:AlternateContent>";
        assertEquals(
                "<w:pPr><w:pStyle/><w:jc/>" + noFallback + "</w:pPr>",
                sorted("<w:pPr><w:jc/>" + noFallback + "<w:pStyle/></w:pPr>"));
    }

    @Test
    void elementsThatAreNotPropertiesKeepTheirChildrenInTheirOrder() throws Exception {
        // a paragraph's runs, a body's blocks: content, whose order is the text's
        String xml = "<w:p><w:r><w:t>二</w:t></w:r><w:r><w:t>一</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tblGrid/></w:tbl>";
        assertEquals(xml, sorted(xml));
    }

    @Test
    void vMergeGoesAfterTheWidthAndSpanAndBeforeTheRest() {
        assertTrue(SchemaOrder.before("tcPr", "gridSpan", "vMerge"));
        assertTrue(SchemaOrder.before("tcPr", "vMerge", "tcBorders"));
        assertFalse(SchemaOrder.before("tcPr", "vAlign", "vMerge"));
        assertFalse(SchemaOrder.before("tcPr", "x14:unknown", "vMerge"));
        assertFalse(SchemaOrder.before("notProperties", "a", "b"));
    }

    /**
     * The order is the schema's: for every element of wml.xsd with a name in the table, its type's
     * children (over base types and groups, in declaration order) are in the table in that order, and
     * every child in the table belongs to one of those types.
     */
    @Test
    void theOrderIsTheDeclarationOrderOfWmlXsd() throws Exception {
        Wml wml = Wml.load();
        for (Map.Entry<String, List<String>> e : SchemaSequences.ORDER.entrySet()) {
            List<String> types = wml.typesOf(e.getKey());
            assertFalse(types.isEmpty(), "wml.xsd declares no element " + e.getKey());
            Set<String> declared = new LinkedHashSet<>();
            for (String type : types) {
                List<String> children = wml.children(type);
                assertTrue(
                        isSubsequence(children, e.getValue()),
                        e.getKey() + " (" + type + "): the schema's order " + children + " is not that of the table "
                                + e.getValue());
                declared.addAll(children);
            }
            assertEquals(Set.copyOf(e.getValue()), declared, e.getKey() + ": children in the table but in no type");
            assertEquals(e.getValue().size(), Set.copyOf(e.getValue()).size(), e.getKey() + ": a child twice");
        }
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String s : whole) {
            if (i < part.size() && part.get(i).equals(s)) {
                i++;
            }
        }
        return i == part.size();
    }

    /** The named complex types and groups of wml.xsd (the copy the schema checks use), read with the JDK's DOM. */
    private record Wml(Map<String, Element> types, Map<String, Element> groups, Document doc) {
        static Wml load() throws Exception {
            URL url = SchemaOrderTest.class
                    .getClassLoader()
                    .getResource("org/jixiao/testing/schemas/ISO-IEC29500-4_2016/wml.xsd");
            assertNotNull(url, "wml.xsd of jixiao-testing on the test class path");
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc;
            try (InputStream in = url.openStream()) {
                doc = f.newDocumentBuilder().parse(in);
            }
            Map<String, Element> types = new HashMap<>();
            Map<String, Element> groups = new HashMap<>();
            for (Element e : elements(doc.getDocumentElement())) {
                if (e.getLocalName().equals("complexType")) {
                    types.put(e.getAttribute("name"), e);
                } else if (e.getLocalName().equals("group")) {
                    groups.put(e.getAttribute("name"), e);
                }
            }
            return new Wml(types, groups, doc);
        }

        /** The types of every {@code xsd:element name="name"} anywhere in the schema. */
        List<String> typesOf(String name) {
            List<String> out = new ArrayList<>();
            var all = doc.getElementsByTagNameNS(XSD, "element");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getAttribute("name").equals(name) && !out.contains(local(e.getAttribute("type")))) {
                    out.add(local(e.getAttribute("type")));
                }
            }
            return out;
        }

        /** The names of the child elements of complex type {@code type}, in declaration order. */
        List<String> children(String type) {
            Element t = types.get(type);
            assertNotNull(t, "no complex type " + type);
            List<String> out = new ArrayList<>();
            content(t, out);
            return out;
        }

        private void content(Element e, List<String> out) {
            for (Element k : elements(e)) {
                switch (k.getLocalName()) {
                    case "complexContent", "sequence", "choice", "all", "restriction" -> content(k, out);
                    case "extension" -> {
                        out.addAll(children(local(k.getAttribute("base"))));
                        content(k, out);
                    }
                    case "group" -> content(groups.get(local(k.getAttribute("ref"))), out);
                    case "element" -> out.add(
                            k.hasAttribute("name") ? k.getAttribute("name") : local(k.getAttribute("ref")));
                    default -> {} // attributes, annotations
                }
            }
        }

        private static String local(String qname) {
            return qname.substring(qname.indexOf(':') + 1);
        }

        private static List<Element> elements(Element e) {
            List<Element> out = new ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element k && XSD.equals(k.getNamespaceURI())) {
                    out.add(k);
                }
            }
            return out;
        }
    }
}
