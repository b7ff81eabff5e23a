// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.plan.DocPrId;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Compiles block-level content (the body, a cell, a header, a text box) and static elements.
 * Static elements are copied, except that drawing ids become {@link DocPrId} slots, text boxes are
 * compiled as blocks, bookmarks inside loops are dropped (repeating them would duplicate names), and
 * the ids of footnote and endnote references become {@link NoteRef} slots.
 */
final class BlockCompiler {
    private final PartCompiler c;

    BlockCompiler(PartCompiler c) {
        this.c = c;
    }

    /** Compiles the children of a block container. */
    void block(XmlElem container) {
        for (XmlNode n : container.children) {
            blockChild(n);
        }
    }

    void blockChild(XmlNode n) {
        StringBuilder out = c.emitter.out();
        if (!(n instanceof XmlElem e)) {
            staticNode(n);
        } else if (e.isW("p")) {
            c.paras.paragraph(e);
        } else if (e.isW("tbl")) {
            c.tables.table(e);
        } else if (e.isW("customXml")) {
            TreeWriter.startTag(out, e, false);
            block(e);
            TreeWriter.endTag(out, e);
        } else if (e.isW("sdt")) {
            TreeWriter.startTag(out, e, false);
            for (XmlNode k : e.children) {
                if (k instanceof XmlElem ke && ke.isW("sdtContent")) {
                    TreeWriter.startTag(out, ke, false);
                    block(ke);
                    TreeWriter.endTag(out, ke);
                } else {
                    staticNode(k);
                }
            }
            TreeWriter.endTag(out, e);
        } else {
            staticNode(n);
        }
    }

    void staticNode(XmlNode n) {
        if (n instanceof XmlText t) {
            TreeWriter.text(c.emitter.out(), t.text);
        } else {
            staticElement((XmlElem) n);
        }
    }

    /** Copies {@code e}, compiling only what must be: drawing ids, text boxes, bookmarks in loops. */
    void staticElement(XmlElem e) {
        StringBuilder out = c.emitter.out();
        if ((e.isW("bookmarkStart") || e.isW("bookmarkEnd")) && c.emitter.inLoop()) {
            return;
        }
        if (e.is(Ns.WP, "docPr")) {
            docPr(e);
        } else if (noteId(e) != null) {
            noteReference(e);
        } else if (e.isW("txbxContent")) {
            TreeWriter.startTag(out, e, false);
            block(e);
            TreeWriter.endTag(out, e);
        } else if (!needsCompiling(e)) {
            TreeWriter.write(out, e);
        } else {
            TreeWriter.startTag(out, e, false);
            for (XmlNode k : e.children) {
                staticNode(k);
            }
            TreeWriter.endTag(out, e);
        }
    }

    private void docPr(XmlElem e) {
        StringBuilder out = c.emitter.out();
        out.append('<').append(e.qname);
        for (XmlAttr a : e.attrs) {
            out.append(' ').append(a.qname()).append("=\"");
            if (a.qname().equals("id")) {
                c.emitter.node(DocPrId.INSTANCE);
            } else {
                TreeWriter.attrValue(out, a.value());
            }
            out.append('"');
        }
        out.append('>');
        for (XmlNode k : e.children) {
            staticNode(k);
        }
        TreeWriter.endTag(out, e);
    }

    /**
     * The note id of a footnote or endnote reference, null for any other element (and for an id
     * that is not a number, which is copied as it is).
     */
    private static Integer noteId(XmlElem e) {
        if (!e.isW("footnoteReference") && !e.isW("endnoteReference")) {
            return null;
        }
        for (XmlAttr a : e.attrs) {
            if (isId(e, a) && a.value().matches("-?[0-9]{1,9}")) {
                return Integer.valueOf(a.value());
            }
        }
        return null;
    }

    private static boolean isId(XmlElem e, XmlAttr a) {
        return a.local().equals("id") && a.ns().equals(e.ns) && !a.qname().startsWith("xmlns");
    }

    /** A footnote or endnote reference: its id becomes a {@link NoteRef} slot, its note attached later. */
    private void noteReference(XmlElem e) {
        StringBuilder out = c.emitter.out();
        out.append('<').append(e.qname);
        for (XmlAttr a : e.attrs) {
            out.append(' ').append(a.qname()).append("=\"");
            if (isId(e, a)) {
                c.emitter.node(new NoteRef(e.isW("endnoteReference"), Integer.parseInt(a.value()), null));
            } else {
                TreeWriter.attrValue(out, a.value());
            }
            out.append('"');
        }
        out.append("/>");
    }

    /** Whether the subtree holds something that is not copied verbatim. */
    private boolean needsCompiling(XmlElem e) {
        if (e.is(Ns.WP, "docPr")
                || e.isW("txbxContent")
                || e.isW("bookmarkStart")
                || e.isW("bookmarkEnd")
                || noteId(e) != null) {
            return true;
        }
        for (XmlNode k : e.children) {
            if (k instanceof XmlElem ke && needsCompiling(ke)) {
                return true;
            }
        }
        return false;
    }
}
