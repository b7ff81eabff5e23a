// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.tree.XmlElem;

/**
 * Finds the row sections of a table and strips their markers from the cells. In a row of several
 * cells, an opening marker at the start of the first cell that is not closed in that cell pairs
 * with a closing marker at the end of the last cell. In a one-cell row the two markers make a row
 * section unless both stand in paragraphs of their own (then they repeat paragraphs in the cell).
 * A pair split over two rows is reported. A marker alone in its paragraph takes the paragraph with
 * it, unless it is the cell's only paragraph.
 */
final class RowSections {
    private final PartCompiler c;
    private final int table;

    RowSections(PartCompiler c, int table) {
        this.c = c;
        this.table = table;
    }

    /** A marker found at the edge of a cell. */
    private record Edge(XmlElem cell, ParagraphText text, PlacedToken placed) {
        Token token() {
            return placed.token();
        }

        boolean alone() {
            return text.tokens.size() == 1 && text.onlyMarkers();
        }
    }

    Map<XmlElem, Token[]> find(List<XmlElem> rows) {
        Map<XmlElem, Token[]> out = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<XmlElem> cells = cells(rows.get(i));
            if (cells.isEmpty()) {
                continue;
            }
            Edge open = openEdge(cells.get(0));
            if (open == null) {
                continue;
            }
            XmlElem last = cells.get(cells.size() - 1);
            Edge close = closeEdge(last, open.token());
            boolean single = cells.size() == 1;
            if (close != null && (single ? !(open.alone() && close.alone()) && pairs(open, close) : !closedIn(open))) {
                out.put(rows.get(i), new Token[] {open.token(), close.token()});
                strip(close);
                strip(open);
            } else if (!single && !closedIn(open)) {
                spanning(rows, i, open);
            }
        }
        return out;
    }

    private void spanning(List<XmlElem> rows, int i, Edge open) {
        for (int j = i + 1; j < rows.size(); j++) {
            List<XmlElem> cells = cells(rows.get(j));
            Edge close = cells.isEmpty() ? null : closeEdge(cells.get(cells.size() - 1), open.token());
            if (close != null) {
                c.problems.add(Problems.Code.ROW_SECTION_SPANS_ROWS.at(
                        c.part,
                        "table " + table + ", row " + (i + 1),
                        open.token().raw(),
                        open.token().raw()));
                strip(close);
                strip(open);
                return;
            }
        }
    }

    /** The opening marker that starts the cell's content (blank paragraphs aside), or null. */
    private Edge openEdge(XmlElem cell) {
        for (XmlElem b : blocks(cell)) {
            if (!b.isW("p")) {
                return null;
            }
            ParagraphText pt = c.text(b);
            if (pt.text.isBlank()) {
                continue;
            }
            if (pt.tokens.isEmpty()
                    || pt.tokens.get(0).type() != Token.Type.OPEN
                    || !pt.blankBefore(pt.tokens.get(0))) {
                return null;
            }
            return new Edge(cell, pt, pt.placed.get(0));
        }
        return null;
    }

    /** The closing marker for {@code open} that ends the cell's content (blank paragraphs aside), or null. */
    private Edge closeEdge(XmlElem cell, Token open) {
        List<XmlElem> bs = blocks(cell);
        for (int k = bs.size() - 1; k >= 0; k--) {
            if (!bs.get(k).isW("p")) {
                return null;
            }
            ParagraphText pt = c.text(bs.get(k));
            if (pt.text.isBlank()) {
                continue;
            }
            Token last = pt.tokens.isEmpty() ? null : pt.tokens.get(pt.tokens.size() - 1);
            if (last == null
                    || last.type() != Token.Type.CLOSE
                    || !pt.blankAfter(last)
                    || !last.path().equals(open.path())) {
                return null;
            }
            return new Edge(cell, pt, pt.placed.get(pt.placed.size() - 1));
        }
        return null;
    }

    /** The cell's block content: paragraphs, tables and content controls (not bookmarks or properties). */
    private static List<XmlElem> blocks(XmlElem cell) {
        return cell.elements().stream()
                .filter(x -> x.isW("p") || x.isW("tbl") || x.isW("sdt") || x.isW("customXml"))
                .toList();
    }

    /** Whether the opening marker's matching close lies in the same cell. */
    private boolean closedIn(Edge open) {
        return matchIndex(open) >= 0;
    }

    /** In a one-cell row: whether the opening marker's match is the cell's last marker. */
    private boolean pairs(Edge open, Edge close) {
        return matchIndex(open) == tokens(open.cell()).size() - 1;
    }

    private int matchIndex(Edge open) {
        List<Token> all = tokens(open.cell());
        int depth = 0;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.type() == Token.Type.OPEN) {
                depth++;
            } else if (t.type() == Token.Type.CLOSE && --depth == 0) {
                return t.path().equals(open.token().path()) ? i : -1;
            }
        }
        return -1;
    }

    private List<Token> tokens(XmlElem cell) {
        List<Token> all = new ArrayList<>();
        for (XmlElem p : paragraphs(cell)) {
            all.addAll(c.text(p).tokens);
        }
        return all;
    }

    private void strip(Edge e) {
        boolean alone = e.alone();
        ParagraphText pt = Normaliser.strip(e.text(), e.placed());
        c.updated(pt);
        if (alone && paragraphs(e.cell()).size() > 1) {
            e.cell().children.remove(pt.paragraph);
        }
    }

    private static List<XmlElem> cells(XmlElem tr) {
        return TableCompiler.wrapped(tr, "tc");
    }

    private static List<XmlElem> paragraphs(XmlElem cell) {
        return cell.elements().stream().filter(x -> x.isW("p")).toList();
    }
}
