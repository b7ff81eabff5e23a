// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Writes a table as a grid: a {@code [tbl …]} line with the table's common paragraph and run
 * formatting, then one {@code | cell | cell |} line per row. Cell properties come first as
 * {@code <span=2 vmerge=restart>}; a vertically merged continuation cell shows {@code ^}; several
 * paragraphs in a cell are joined by {@code ¶}; nested tables follow, indented, as {@code tbl 1.1}.
 */
final class TableWriter {
    record Table(String id, Props props, List<String> grid, List<Row> rows, List<Table> nested) {}

    record Row(Props props, List<Cell> cells) {}

    /** {@code items} holds {@link Para}s and nested-table placeholders ({@code String}). */
    record Cell(Props props, boolean continued, List<Object> items) {}

    private final BlockWriter blocks;

    TableWriter(BlockWriter blocks) {
        this.blocks = blocks;
    }

    /** Walks the table in document order (fields may span cells). */
    Table collect(XmlElem tbl, String id) {
        XmlElem tblPr = W.child(tbl, "tblPr");
        Props props = new Props().put("style", W.val(tblPr, "tblStyle")).put("align", W.val(tblPr, "jc"));
        XmlElem tblW = W.child(tblPr, "tblW");
        if (tblW != null) {
            props.put("width", tblW.attr("w") + "/" + tblW.attr("type"));
        }
        XmlElem layout = W.child(tblPr, "tblLayout");
        props.put("layout", layout == null ? null : layout.attr("type"));
        XmlElem ind = W.child(tblPr, "tblInd");
        props.put("ind", ind == null ? null : ind.attr("w"));
        List<String> grid = new ArrayList<>();
        XmlElem tblGrid = W.child(tbl, "tblGrid");
        if (tblGrid != null) {
            for (XmlElem col : tblGrid.elements()) {
                if (W.is(col, "gridCol")) {
                    grid.add(String.valueOf(col.attr("w")));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Table> nested = new ArrayList<>();
        for (XmlElem tr : flatten(tbl, "tr", new ArrayList<>())) {
            List<Cell> cells = new ArrayList<>();
            for (XmlElem tc : flatten(tr, "tc", new ArrayList<>())) {
                cells.add(cell(tc, id, nested));
            }
            rows.add(new Row(rowProps(W.child(tr, "trPr")), cells));
        }
        return new Table(id, props, grid, rows, nested);
    }

    private Cell cell(XmlElem tc, String tableId, List<Table> nested) {
        XmlElem tcPr = W.child(tc, "tcPr");
        Props props = new Props().put("span", W.val(tcPr, "gridSpan"));
        XmlElem vMerge = W.child(tcPr, "vMerge");
        boolean continued = vMerge != null
                && (vMerge.attr("val") == null || vMerge.attr("val").equals("continue"));
        if (vMerge != null && !continued) {
            props.put("vmerge", vMerge.attr("val"));
        }
        XmlElem hMerge = W.child(tcPr, "hMerge");
        if (hMerge != null) {
            props.put("hmerge", hMerge.attr("val") == null ? "continue" : hMerge.attr("val"));
        }
        props.put("valign", W.val(tcPr, "vAlign"));
        XmlElem shd = W.child(tcPr, "shd");
        if (shd != null && shd.attr("fill") != null && !shd.attr("fill").equals("auto")) {
            props.put("fill", shd.attr("fill"));
        }
        props.put("dir", W.val(tcPr, "textDirection"));
        List<Object> items = new ArrayList<>();
        items(tc, tableId, nested, items);
        return new Cell(props, continued, items);
    }

    private void items(XmlElem container, String tableId, List<Table> nested, List<Object> items) {
        for (XmlElem c : container.elements()) {
            if (W.is(c, "p")) {
                items.add(blocks.para(c));
            } else if (W.is(c, "tbl")) {
                String id = tableId + "." + (nested.size() + 1);
                nested.add(collect(c, id));
                items.add("{tbl " + id + "}");
            } else if (W.is(c, "sdt") || W.is(c, "sdtContent") || W.is(c, "customXml")) {
                items(c, tableId, nested, items);
            }
        }
    }

    private static Props rowProps(XmlElem trPr) {
        Props p = new Props();
        W.onOff(p, "header", trPr, "tblHeader");
        XmlElem h = W.child(trPr, "trHeight");
        if (h != null) {
            p.put("h", h.attr("val") + (h.attr("hRule") == null ? "" : "/" + h.attr("hRule")));
        }
        W.onOff(p, "cantSplit", trPr, "cantSplit");
        p.put("gridBefore", W.val(trPr, "gridBefore"));
        p.put("gridAfter", W.val(trPr, "gridAfter"));
        return p;
    }

    /** W children named {@code local}, looking through content controls and custom XML. */
    private static List<XmlElem> flatten(XmlElem parent, String local, List<XmlElem> acc) {
        for (XmlElem c : parent.elements()) {
            if (W.is(c, local)) {
                acc.add(c);
            } else if (c.ns().equals(Ns.W)
                    && (c.local().equals("sdt")
                            || c.local().equals("sdtContent")
                            || c.local().equals("customXml"))) {
                flatten(c, local, acc);
            }
        }
        return acc;
    }

    void write(Table t, String indent, Lines out) {
        List<Para> paras = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                for (Object o : c.items()) {
                    if (o instanceof Para p) {
                        paras.add(p);
                        tokens.addAll(p.tokens());
                    }
                }
            }
        }
        Props basePara = paras.isEmpty() ? Props.EMPTY : paras.get(0).props();
        Props baseRun = InlineText.base(tokens);
        out.line(indent + header(t, basePara, baseRun));
        for (Row r : t.rows()) {
            StringBuilder sb = new StringBuilder(indent);
            if (!r.props().isEmpty()) {
                sb.append('<').append(r.props().render()).append("> ");
            }
            sb.append('|');
            for (Cell c : r.cells()) {
                sb.append(' ').append(cellText(c, basePara, baseRun)).append(" |");
            }
            out.line(sb.toString());
        }
        for (Table n : t.nested()) {
            write(n, indent + "  ", out);
        }
    }

    private static String header(Table t, Props basePara, Props baseRun) {
        int cols = t.grid().size();
        int headerRows = 0;
        while (headerRows < t.rows().size() && t.rows().get(headerRows).props().isFlag("header")) {
            headerRows++;
        }
        StringBuilder sb = new StringBuilder("[tbl ")
                .append(t.id())
                .append(" cols=")
                .append(cols)
                .append(" rows=")
                .append(t.rows().size());
        if (headerRows > 0) {
            sb.append(" header-rows=").append(headerRows);
        }
        if (!t.props().isEmpty()) {
            sb.append(' ').append(t.props().render());
        }
        if (!t.grid().isEmpty()) {
            sb.append(" grid=").append(String.join(",", t.grid()));
        }
        sb.append(']');
        if (!basePara.isEmpty()) {
            sb.append("  [p ").append(basePara.render()).append(']');
        }
        if (!baseRun.isEmpty()) {
            sb.append("  {").append(baseRun.render()).append('}');
        }
        return sb.toString();
    }

    private static String cellText(Cell c, Props basePara, Props baseRun) {
        List<String> parts = new ArrayList<>();
        for (Object o : c.items()) {
            if (o instanceof Para p) {
                String prefix =
                        p.props().equals(basePara) ? "" : "[" + p.props().diffFrom(basePara) + "]";
                String text = InlineText.render(p.tokens(), baseRun);
                parts.add(prefix.isEmpty() || text.isEmpty() ? prefix + text : prefix + " " + text);
            } else {
                parts.add((String) o);
            }
        }
        String text = String.join(" ¶ ", parts);
        if (c.continued()) {
            text = text.isEmpty() ? "^" : "^ " + text;
        }
        return c.props().isEmpty() ? text : "<" + c.props().render() + ">" + (text.isEmpty() ? "" : " " + text);
    }
}
