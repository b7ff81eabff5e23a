// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Row;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.Table;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;

/**
 * Compiles a table. A row whose first cell starts with {@code {{#x}}}, {@code {{?x}}} or
 * {@code {{^x}}} and whose last cell ends with the matching {@code {{/x}}} is a row section: the
 * row repeats or shows as a whole. Other rows, header rows ({@code w:tblHeader}) and table
 * properties are kept as they are.
 */
final class TableCompiler {
    private final PartCompiler c;
    private final CellCompiler cells;

    TableCompiler(PartCompiler c) {
        this.c = c;
        this.cells = new CellCompiler(c);
    }

    void table(XmlElem tbl) {
        int t = c.nextTable();
        String savedLocation = c.cellLocation;
        boolean savedMerge = c.mergeAllowed;
        Map<XmlElem, Token[]> sections = new RowSections(c, t).find(wrapped(tbl, "tr"));
        c.emitter.pushWrap();
        TreeWriter.startTag(c.emitter.out(), tbl, false);
        rows(tbl, t, sections, new int[1]);
        TreeWriter.endTag(c.emitter.out(), tbl);
        c.emitter.node(new Table(c.emitter.popWrap().toArray(Node[]::new)));
        c.cellLocation = savedLocation;
        c.mergeAllowed = savedMerge;
    }

    /** Compiles the rows of {@code container}, a table or a content control around rows. */
    private void rows(XmlElem container, int t, Map<XmlElem, Token[]> sections, int[] r) {
        for (XmlNode n : container.children) {
            if (n instanceof XmlElem e && e.isW("tr")) {
                r[0]++;
                c.cellLocation = "table " + t + ", row " + r[0];
                Token[] s = sections.get(e);
                Emitter.Frame f = s == null ? null : c.emitter.open(s[0], c.loc(s[0].raw()));
                int merges = row(e, t, r[0], s != null && s[0].open() == SectionKind.LOOP);
                if (f != null) {
                    f.mergeColumns = merges;
                    c.cellLocation = "table " + t + ", row " + r[0];
                    c.emitter.close(s[1], c.loc(s[1].raw()));
                }
            } else if (n instanceof XmlElem e && isWrapper(e)) {
                TreeWriter.startTag(c.emitter.out(), e, false);
                rows(e, t, sections, r);
                TreeWriter.endTag(c.emitter.out(), e);
            } else {
                c.blocks.staticNode(n);
            }
        }
    }

    /** Compiles a row; returns how many of its cells are merge cells. */
    private int row(XmlElem tr, int t, int r, boolean repeated) {
        c.emitter.pushWrap();
        c.paras.tag(tr);
        int[] counts = new int[2];
        cells(tr, t, r, repeated, counts);
        TreeWriter.endTag(c.emitter.out(), tr);
        c.emitter.node(new Row(c.emitter.popWrap().toArray(Node[]::new)));
        return counts[1];
    }

    /** Compiles the cells of {@code container}; {@code counts} holds the cell and merge-cell counts. */
    private void cells(XmlElem container, int t, int r, boolean repeated, int[] counts) {
        for (XmlNode n : container.children) {
            if (n instanceof XmlElem e && e.isW("tc")) {
                counts[0]++;
                c.cellLocation = "table " + t + ", row " + r + ", cell " + counts[0];
                if (cells.cell(e, repeated ? counts[1] : -1)) {
                    counts[1]++;
                }
            } else if (n instanceof XmlElem e && isWrapper(e)) {
                TreeWriter.startTag(c.emitter.out(), e, false);
                cells(e, t, r, repeated, counts);
                TreeWriter.endTag(c.emitter.out(), e);
            } else {
                c.blocks.staticNode(n);
            }
        }
    }

    /** Content controls and custom XML that may wrap rows or cells. */
    static boolean isWrapper(XmlElem e) {
        return e.isW("sdt") || e.isW("sdtContent") || e.isW("customXml");
    }

    /** The {@code w:local} children of {@code parent}, including those inside wrappers. */
    static List<XmlElem> wrapped(XmlElem parent, String local) {
        List<XmlElem> out = new ArrayList<>();
        for (XmlElem e : parent.elements()) {
            if (e.isW(local)) {
                out.add(e);
            } else if (isWrapper(e)) {
                out.addAll(wrapped(e, local));
            }
        }
        return out;
    }
}
