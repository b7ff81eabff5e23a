// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.MergeCell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Para;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Compiles a table cell. Every cell keeps at least one paragraph (Word requires it). A cell of a
 * repeated row holding a {@code |merge} value becomes a {@link MergeCell}: its {@code w:tcPr}, in
 * schema order, is split where {@code w:vMerge} belongs, so the renderer can insert it.
 */
final class CellCompiler {
    private final PartCompiler c;

    CellCompiler(PartCompiler c) {
        this.c = c;
    }

    /** Compiles {@code tc}; {@code mergeIndex} is its merge column if its row repeats, else -1. */
    boolean cell(XmlElem tc, int mergeIndex) {
        boolean savedMerge = c.mergeAllowed;
        c.mergeAllowed = mergeIndex >= 0;
        boolean merge = mergeIndex >= 0 && hasMerge(tc);
        XmlElem tcPr = tc.childW("tcPr");
        c.emitter.pushWrap();
        if (!merge && tcPr != null) {
            TreeWriter.write(c.emitter.out(), tcPr);
        }
        for (XmlNode n : tc.children) {
            if (n != tcPr) {
                c.blocks.blockChild(n);
            }
        }
        Node[] body = c.emitter.popWrap().toArray(Node[]::new);
        StringBuilder open = new StringBuilder();
        TreeWriter.startTag(open, tc, false);
        byte[] close = utf8("</" + tc.qname + ">");
        byte[] fallback = utf8(emptyParagraph(tc));
        if (merge) {
            c.emitter.node(new MergeCell(
                    utf8(open.toString()),
                    utf8(head(tcPr)),
                    utf8(tail(tcPr)),
                    utf8("<" + c.w + "vMerge " + c.w + "val=\"restart\"/>"),
                    utf8("<" + c.w + "vMerge/>"),
                    body,
                    fallback,
                    close,
                    keys(body),
                    mergeIndex));
        } else {
            c.emitter.node(new Cell(utf8(open.toString()), body, fallback, close));
        }
        c.mergeAllowed = savedMerge;
        return merge;
    }

    private boolean hasMerge(XmlElem e) {
        for (XmlElem k : e.elements()) {
            if (k.isW("tbl")) {
                continue;
            }
            if (k.isW("p") && c.text(k).tokens.stream().anyMatch(Token::merge)) {
                return true;
            }
            if (!k.isW("p") && hasMerge(k)) {
                return true;
            }
        }
        return false;
    }

    /** The start of {@code w:tcPr} and the children that go before {@code w:vMerge}. */
    private String head(XmlElem tcPr) {
        StringBuilder sb = new StringBuilder();
        if (tcPr == null) {
            return sb.append('<').append(c.w).append("tcPr>").toString();
        }
        TreeWriter.startTag(sb, tcPr, false);
        List<XmlElem> children = tcPr.elements();
        for (XmlElem k : children.subList(0, vMergeSlot(children))) {
            TreeWriter.write(sb, k);
        }
        return sb.toString();
    }

    /**
     * The children of {@code w:tcPr} that go after {@code w:vMerge}, and its end tag; a {@code w:vMerge}
     * the template has is left out, the renderer writes its own.
     */
    private String tail(XmlElem tcPr) {
        StringBuilder sb = new StringBuilder();
        if (tcPr != null) {
            List<XmlElem> children = tcPr.elements();
            for (XmlElem k : children.subList(vMergeSlot(children), children.size())) {
                if (!k.isW("vMerge")) {
                    TreeWriter.write(sb, k);
                }
            }
        }
        return sb.append("</").append(c.w).append("tcPr>").toString();
    }

    /**
     * Where {@code w:vMerge} goes among {@code children}, which are in schema order ({@link
     * SchemaOrder}): before the first that the schema puts at or after it.
     */
    private static int vMergeSlot(List<XmlElem> children) {
        for (int i = 0; i < children.size(); i++) {
            XmlElem k = children.get(i);
            if (k.isW("vMerge") || (k.ns.equals(Ns.W) && SchemaOrder.before("tcPr", "vMerge", k.local))) {
                return i;
            }
        }
        return children.size();
    }

    /** An empty paragraph with the cell's first paragraph's properties. */
    private String emptyParagraph(XmlElem tc) {
        StringBuilder sb = new StringBuilder().append('<').append(c.w).append("p>");
        XmlElem p = tc.childW("p");
        XmlElem pPr = p == null ? null : p.childW("pPr");
        if (pPr != null) {
            TreeWriter.write(sb, pPr);
        }
        return sb.append("</").append(c.w).append("p>").toString();
    }

    private static Value[] keys(Node[] body) {
        List<Value> out = new ArrayList<>();
        collect(body, out);
        return out.toArray(Value[]::new);
    }

    private static void collect(Node[] nodes, List<Value> out) {
        for (Node n : nodes) {
            if (n instanceof Value v && v.merge()) {
                out.add(v);
            } else if (n instanceof ListPara lp && lp.value().merge()) {
                out.add(lp.value());
            } else if (n instanceof Para || n instanceof Section) {
                collect(n.body(), out);
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
