// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Writes a {@code w:sectPr}: page size (named when standard) and margins in twips on the first line,
 * then {@code docGrid}, flags, and header/footer references resolved to part names, each on an
 * indented line when present.
 */
final class SectionWriter {
    /** Standard portrait sizes in twips: name, width, height. */
    private static final Object[][] SIZES = {
        {"A3", 16838, 23811}, {"A4", 11906, 16838}, {"A5", 8391, 11906}, {"B5(JIS)", 10319, 14572},
        {"B5(ISO)", 9979, 14175}, {"16K", 10433, 14742}, {"Letter", 12240, 15840}, {"Legal", 12240, 20160},
    };

    private SectionWriter() {}

    static void write(XmlElem s, Story story, String indent, Lines out) {
        StringBuilder first = new StringBuilder("[sectPr");
        String type = W.val(s, "type");
        if (type != null) {
            first.append(" type=").append(type);
        }
        XmlElem pgSz = W.child(s, "pgSz");
        if (pgSz != null) {
            String name = pageName(pgSz.attr("w"), pgSz.attr("h"));
            first.append(name == null ? "" : " " + name)
                    .append(' ')
                    .append(pgSz.attr("w"))
                    .append('x')
                    .append(pgSz.attr("h"));
            if (pgSz.attr("orient") != null) {
                first.append(" orient=").append(pgSz.attr("orient"));
            }
        }
        XmlElem m = W.child(s, "pgMar");
        if (m != null) {
            Props mp = new Props()
                    .put("t", m.attr("top"))
                    .put("b", m.attr("bottom"))
                    .put("l", m.attr("left"))
                    .put("r", m.attr("right"))
                    .put("header", m.attr("header"))
                    .put("footer", m.attr("footer"))
                    .put("gutter", m.attr("gutter"));
            first.append(" margins ").append(mp.render());
        }
        out.line(indent + first.append(']'));
        Props grid = new Props();
        W.attrs(grid, "", W.child(s, "docGrid"), "type", "linePitch", "charSpace");
        if (!grid.isEmpty()) {
            out.line(indent + "  docGrid " + grid.render());
        }
        Props flags = new Props();
        W.onOff(flags, "titlePg", s, "titlePg");
        if (story.evenAndOddHeaders) {
            flags.flag("evenAndOddHeaders");
        }
        W.attrs(flags, "pgNumType.", W.child(s, "pgNumType"), "fmt", "start", "chapStyle");
        W.attrs(flags, "cols.", W.child(s, "cols"), "num", "space", "equalWidth");
        flags.put("vAlign", W.val(s, "vAlign"));
        flags.put("textDirection", W.val(s, "textDirection"));
        if (!flags.isEmpty()) {
            out.line(indent + "  " + flags.render());
        }
        List<String> refs = new ArrayList<>();
        for (String kind : new String[] {"header", "footer"}) {
            for (String t : new String[] {"default", "first", "even"}) {
                for (XmlElem ref : s.elements()) {
                    if (W.is(ref, kind + "Reference") && t.equals(ref.attr("type"))) {
                        refs.add(kind + "." + t + "=" + story.rels.target(ref.attr(Ns.R, "id")));
                    }
                }
            }
        }
        if (!refs.isEmpty()) {
            out.line(indent + "  " + String.join(" ", refs));
        }
    }

    private static String pageName(String w, String h) {
        try {
            int a = Integer.parseInt(w);
            int b = Integer.parseInt(h);
            for (Object[] size : SIZES) {
                int sw = (Integer) size[1];
                int sh = (Integer) size[2];
                if (near(a, sw) && near(b, sh)) {
                    return (String) size[0];
                }
                if (near(a, sh) && near(b, sw)) {
                    return size[0] + "-landscape";
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static boolean near(int a, int b) {
        return Math.abs(a - b) <= 3;
    }
}
