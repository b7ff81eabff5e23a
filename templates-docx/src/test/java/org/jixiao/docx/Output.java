// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.jixiao.testing.OoxmlSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads rendered packages back: entries, a readable text view, and the checks every output must pass. */
final class Output {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Output() {}

    static Map<String, byte[]> entries(byte[] docx) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String xml(byte[] docx, String part) {
        byte[] b = entries(docx).get(part);
        assertNotNull(b, part);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Opens the output with docx4j (every part unmarshalled), parses every XML part strictly and
     * validates every part against the ISO/IEC 29500 transitional schemas Word enforces; fails the
     * test otherwise. Every render of the engine's tests goes through here ({@link Fixture#render}).
     * Returns {@code docx} for chaining.
     */
    static byte[] check(byte[] docx) {
        OoxmlSchemas.assertValid(docx);
        for (Map.Entry<String, byte[]> e : entries(docx).entrySet()) {
            if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                parse(e.getValue());
                String s = new String(e.getValue(), StandardCharsets.UTF_8);
                assertFalse(s.contains("docx4j"), e.getKey() + " mentions docx4j");
            }
        }
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            for (Part p : pkg.getParts().getParts().values()) {
                if (p instanceof JaxbXmlPart<?> jp) {
                    assertNotNull(jp.getContents(), p.getPartName().getName());
                }
            }
        } catch (Exception ex) {
            fail("docx4j cannot open the output", ex);
        }
        return docx;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            fail("not well-formed: " + e.getMessage(), e);
            return null;
        }
    }

    /** Checks the output, then returns the text view of its main document. */
    static String text(byte[] docx) {
        check(docx);
        return view(entries(docx).get("word/document.xml"));
    }

    /** The text view of one part: a line per paragraph, {@code | a | b |} per table row, {@code ^} for a continued vertical merge. */
    static String view(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        Element body = child(root, "body");
        List<String> lines = new ArrayList<>();
        block(body != null ? body : root, lines);
        return String.join("\n", lines);
    }

    private static void block(Element container, List<String> lines) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> lines.add(paragraph(e));
                case "tbl" -> table(e, lines);
                case "sdt" -> block(child(e, "sdtContent"), lines);
                default -> {}
            }
        }
    }

    private static void table(Element tbl, List<String> lines) {
        for (Element tr : wrapped(tbl, "tr")) {
            StringBuilder sb = new StringBuilder("|");
            for (Element tc : wrapped(tr, "tc")) {
                Element tcPr = child(tc, "tcPr");
                Element vm = tcPr == null ? null : child(tcPr, "vMerge");
                if (vm != null && !"restart".equals(vm.getAttributeNS(W, "val"))) {
                    sb.append(" ^ |");
                    continue;
                }
                List<String> cell = new ArrayList<>();
                block(tc, cell);
                sb.append(' ').append(String.join("⏎", cell)).append(" |");
            }
            lines.add(sb.toString());
        }
    }

    /** The {@code local} children of {@code e}, also inside content controls. */
    private static List<Element> wrapped(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) {
                out.add(c);
            } else if (n instanceof Element c
                    && ("sdt".equals(c.getLocalName()) || "sdtContent".equals(c.getLocalName()))) {
                out.addAll(wrapped(c, local));
            }
        }
        return out;
    }

    static String paragraph(Element p) {
        StringBuilder sb = new StringBuilder();
        text(p, sb);
        return sb.toString();
    }

    private static void text(Element e, StringBuilder sb) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            if (W.equals(c.getNamespaceURI())) {
                switch (c.getLocalName()) {
                    case "t" -> sb.append(c.getTextContent());
                    case "tab" -> sb.append('⇥');
                    case "br" -> sb.append('↵');
                    case "pPr", "rPr" -> {}
                    default -> text(c, sb);
                }
            }
        }
    }

    static Element child(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    static void assertText(String expected, byte[] docx) {
        assertEquals(expected, text(docx));
    }
}
