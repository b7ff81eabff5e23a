// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.plan.DocPrId;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.XAttr;
import org.jixiao.docx.internal.xml.XElement;
import org.jixiao.docx.internal.xml.XNode;
import org.jixiao.docx.internal.xml.XText;
import org.jixiao.docx.internal.xml.XmlWriter;

/**
 * Compiles block-level content (the body, a cell, a header, a text box) and static elements.
 * Static elements are copied, except that drawing ids become {@link DocPrId} slots, text boxes are
 * compiled as blocks, and bookmarks inside loops are dropped (repeating them would duplicate names).
 */
final class BlockCompiler {
    private final PartCompiler c;

    BlockCompiler(PartCompiler c) {
        this.c = c;
    }

    /** Compiles the children of a block container. */
    void block(XElement container) {
        for (XNode n : container.children) {
            blockChild(n);
        }
    }

    void blockChild(XNode n) {
        StringBuilder out = c.emitter.out();
        if (!(n instanceof XElement e)) {
            staticNode(n);
        } else if (e.isW("p")) {
            c.paras.paragraph(e);
        } else if (e.isW("tbl")) {
            c.tables.table(e);
        } else if (e.isW("customXml")) {
            XmlWriter.startTag(out, e, false);
            block(e);
            XmlWriter.endTag(out, e);
        } else if (e.isW("sdt")) {
            XmlWriter.startTag(out, e, false);
            for (XNode k : e.children) {
                if (k instanceof XElement ke && ke.isW("sdtContent")) {
                    XmlWriter.startTag(out, ke, false);
                    block(ke);
                    XmlWriter.endTag(out, ke);
                } else {
                    staticNode(k);
                }
            }
            XmlWriter.endTag(out, e);
        } else {
            staticNode(n);
        }
    }

    void staticNode(XNode n) {
        if (n instanceof XText t) {
            XmlWriter.text(c.emitter.out(), t.text);
        } else {
            staticElement((XElement) n);
        }
    }

    /** Copies {@code e}, compiling only what must be: drawing ids, text boxes, bookmarks in loops. */
    void staticElement(XElement e) {
        StringBuilder out = c.emitter.out();
        if ((e.isW("bookmarkStart") || e.isW("bookmarkEnd")) && c.emitter.inLoop()) {
            return;
        }
        if (e.is(Ns.WP, "docPr")) {
            docPr(e);
        } else if (e.isW("txbxContent")) {
            XmlWriter.startTag(out, e, false);
            block(e);
            XmlWriter.endTag(out, e);
        } else if (!needsCompiling(e)) {
            XmlWriter.write(out, e);
        } else {
            XmlWriter.startTag(out, e, false);
            for (XNode k : e.children) {
                staticNode(k);
            }
            XmlWriter.endTag(out, e);
        }
    }

    private void docPr(XElement e) {
        StringBuilder out = c.emitter.out();
        out.append('<').append(e.qname);
        for (XAttr a : e.attrs) {
            out.append(' ').append(a.qname()).append("=\"");
            if (a.qname().equals("id")) {
                c.emitter.node(DocPrId.INSTANCE);
            } else {
                XmlWriter.attrValue(out, a.value());
            }
            out.append('"');
        }
        out.append('>');
        for (XNode k : e.children) {
            staticNode(k);
        }
        XmlWriter.endTag(out, e);
    }

    /** Whether the subtree holds something that is not copied verbatim. */
    private boolean needsCompiling(XElement e) {
        if (e.is(Ns.WP, "docPr") || e.isW("txbxContent") || e.isW("bookmarkStart") || e.isW("bookmarkEnd")) {
            return true;
        }
        for (XNode k : e.children) {
            if (k instanceof XElement ke && needsCompiling(ke)) {
                return true;
            }
        }
        return false;
    }
}
