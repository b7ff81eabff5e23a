// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Row;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.Table;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.TreeWriter;

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
        List<XmlElem> rows = tbl.elements().stream().filter(e -> e.isW("tr")).toList();
        Map<XmlElem, Token[]> sections = new RowSections(c, t).find(rows);
        c.emitter.pushWrap();
        TreeWriter.startTag(c.emitter.out(), tbl, false);
        int r = 0;
        for (XmlNode n : tbl.children) {
            if (n instanceof XmlElem e && e.isW("tr")) {
                r++;
                c.cellLocation = "table " + t + ", row " + r;
                Token[] s = sections.get(e);
                Emitter.Frame f = s == null ? null : c.emitter.open(s[0], c.loc(s[0].raw()));
                int merges = row(e, t, r, s != null && s[0].open() == SectionKind.LOOP);
                if (f != null) {
                    f.mergeColumns = merges;
                    c.cellLocation = "table " + t + ", row " + r;
                    c.emitter.close(s[1], c.loc(s[1].raw()));
                }
            } else {
                c.blocks.staticNode(n);
            }
        }
        TreeWriter.endTag(c.emitter.out(), tbl);
        c.emitter.node(new Table(c.emitter.popWrap().toArray(Node[]::new)));
        c.cellLocation = savedLocation;
        c.mergeAllowed = savedMerge;
    }

    /** Compiles a row; returns how many of its cells are merge cells. */
    private int row(XmlElem tr, int t, int r, boolean repeated) {
        c.emitter.pushWrap();
        c.paras.tag(tr);
        int col = 0;
        int merges = 0;
        for (XmlNode n : tr.children) {
            if (n instanceof XmlElem e && e.isW("tc")) {
                col++;
                c.cellLocation = "table " + t + ", row " + r + ", cell " + col;
                if (cells.cell(e, repeated ? merges : -1)) {
                    merges++;
                }
            } else {
                c.blocks.staticNode(n);
            }
        }
        TreeWriter.endTag(c.emitter.out(), tr);
        c.emitter.node(new Row(c.emitter.popWrap().toArray(Node[]::new)));
        return merges;
    }
}
