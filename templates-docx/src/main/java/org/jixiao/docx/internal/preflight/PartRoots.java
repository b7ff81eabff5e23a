// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.Ns;

/**
 * What a part of a known content type must hold, as Word reads it: its root element ({@code w:document}
 * for the main document, {@code w:hdr} for a header…) and, in the core properties, only the elements
 * that part defines, dates typed {@code dcterms:W3CDTF}. A part that is well-formed but holds something
 * else is refused naming the part; parts of other content types are not looked at here.
 */
final class PartRoots implements PartVisitor {
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";

    /** Lower-case content type → the root element's namespace and local name. */
    private static final Map<String, String[]> ROOTS = Map.ofEntries(
            Map.entry(WML + "document.main+xml", new String[] {Ns.W, "document"}),
            Map.entry(WML + "template.main+xml", new String[] {Ns.W, "document"}),
            Map.entry("application/vnd.ms-word.document.macroenabled.main+xml", new String[] {Ns.W, "document"}),
            Map.entry(
                    "application/vnd.ms-word.template.macroenabledtemplate.main+xml", new String[] {Ns.W, "document"}),
            Map.entry(WML + "document.glossary+xml", new String[] {Ns.W, "glossaryDocument"}),
            Map.entry(WML + "header+xml", new String[] {Ns.W, "hdr"}),
            Map.entry(WML + "footer+xml", new String[] {Ns.W, "ftr"}),
            Map.entry(WML + "styles+xml", new String[] {Ns.W, "styles"}),
            Map.entry(WML + "numbering+xml", new String[] {Ns.W, "numbering"}),
            Map.entry(WML + "settings+xml", new String[] {Ns.W, "settings"}),
            Map.entry(WML + "websettings+xml", new String[] {Ns.W, "webSettings"}),
            Map.entry(WML + "fonttable+xml", new String[] {Ns.W, "fonts"}),
            Map.entry(WML + "footnotes+xml", new String[] {Ns.W, "footnotes"}),
            Map.entry(WML + "endnotes+xml", new String[] {Ns.W, "endnotes"}),
            Map.entry(WML + "comments+xml", new String[] {Ns.W, "comments"}),
            Map.entry(CORE_TYPE, new String[] {CP, "coreProperties"}),
            Map.entry("application/vnd.openxmlformats-officedocument.extended-properties+xml", new String[] {
                "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Properties"
            }),
            Map.entry("application/vnd.openxmlformats-officedocument.custom-properties+xml", new String[] {
                "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "Properties"
            }),
            Map.entry("application/vnd.openxmlformats-officedocument.theme+xml", new String[] {Ns.A, "theme"}));

    /** The elements the core properties may hold, {@code {namespace}local}. */
    private static final Set<String> CORE_ELEMENTS = Set.of(
            "{" + CP + "}category",
            "{" + CP + "}contentStatus",
            "{" + CP + "}contentType",
            "{" + CP + "}keywords",
            "{" + CP + "}lastModifiedBy",
            "{" + CP + "}lastPrinted",
            "{" + CP + "}revision",
            "{" + CP + "}version",
            "{" + DC + "}creator",
            "{" + DC + "}description",
            "{" + DC + "}identifier",
            "{" + DC + "}language",
            "{" + DC + "}subject",
            "{" + DC + "}title",
            "{" + DCTERMS + "}abstract",
            "{" + DCTERMS + "}alternative",
            "{" + DCTERMS + "}bibliographicCitation",
            "{" + DCTERMS + "}created",
            "{" + DCTERMS + "}modified",
            "{" + DCTERMS + "}tableOfContents");

    private final String part;
    private final String contentType;
    private final String[] root;
    private int depth;
    private String rootName;
    private String wrong;

    private PartRoots(String part, String contentType, String[] root) {
        this.part = part;
        this.contentType = contentType;
        this.root = root;
    }

    /** The check for part {@code part} of content type {@code contentType} (lower-case), or null when none applies. */
    static PartRoots of(String part, String contentType) {
        String[] root = ROOTS.get(contentType);
        return root == null ? null : new PartRoots(part, contentType, root);
    }

    /** Whether {@code contentType} (lower-case) is that of a Word main document. */
    static boolean isWordDocument(String contentType) {
        String[] root = ROOTS.get(contentType);
        return root != null && root[1].equals("document");
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (depth == 0) {
            rootName = qname(r.getPrefix(), local);
            if (!ns.equals(root[0]) || !local.equals(root[1])) {
                wrong = rootName;
            }
        } else if (contentType.equals(CORE_TYPE) && wrong == null && depth == 1) {
            if (!CORE_ELEMENTS.contains("{" + ns + "}" + local) || !w3cdtfOrUntyped(r)) {
                wrong = qname(r.getPrefix(), local);
            }
        }
        depth++;
    }

    @Override
    public void end(String ns, String local) {
        depth--;
    }

    @Override
    public void finish(Findings out) {
        if (wrong != null) {
            out.add(Problems.Code.PART_UNREADABLE.at(
                    part,
                    "",
                    "<" + wrong + ">",
                    TemplateProblems.term("template.part.unreadable.wrong-elements", rootName, contentType)));
        }
    }

    /** No {@code xsi:type}, or one naming {@code dcterms:W3CDTF}, the only type the core properties use. */
    private static boolean w3cdtfOrUntyped(XMLStreamReader r) {
        String type = r.getAttributeValue(XSI, "type");
        if (type == null) {
            return true;
        }
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? "" : type.substring(0, colon);
        String uri = r.getNamespaceContext().getNamespaceURI(prefix);
        return DCTERMS.equals(uri) && type.substring(colon + 1).equals("W3CDTF");
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
