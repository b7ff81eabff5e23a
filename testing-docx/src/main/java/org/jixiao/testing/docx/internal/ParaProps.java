// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.tree.XmlElem;

/** The paragraph properties worth showing, read from a {@code w:pPr} as written (styles not resolved). */
final class ParaProps {
    private ParaProps() {}

    static Props of(XmlElem pPr) {
        Props p = new Props();
        if (pPr == null) {
            return p;
        }
        p.put("style", W.val(pPr, "pStyle"));
        p.put("align", W.val(pPr, "jc"));
        XmlElem num = W.child(pPr, "numPr");
        p.put("num", W.val(num, "numId"));
        p.put("lvl", W.val(num, "ilvl"));
        p.put("outline", W.val(pPr, "outlineLvl"));
        W.attrs(
                p,
                "ind.",
                W.child(pPr, "ind"),
                "left",
                "start",
                "right",
                "end",
                "firstLine",
                "hanging",
                "leftChars",
                "startChars",
                "rightChars",
                "endChars",
                "firstLineChars",
                "hangingChars");
        W.attrs(
                p,
                "spacing.",
                W.child(pPr, "spacing"),
                "before",
                "beforeLines",
                "beforeAutospacing",
                "after",
                "afterLines",
                "afterAutospacing",
                "line",
                "lineRule");
        p.put("tabs", tabs(W.child(pPr, "tabs")));
        W.onOff(p, "pageBreakBefore", pPr, "pageBreakBefore");
        W.onOff(p, "keepNext", pPr, "keepNext");
        W.onOff(p, "keepLines", pPr, "keepLines");
        W.onOff(p, "widowControl", pPr, "widowControl");
        W.onOff(p, "snapToGrid", pPr, "snapToGrid");
        W.onOff(p, "contextualSpacing", pPr, "contextualSpacing");
        W.onOff(p, "bidi", pPr, "bidi");
        p.put("textAlignment", W.val(pPr, "textAlignment"));
        return p;
    }

    /** {@code left@420,right@8828/dot}: kind, position in twips, leader. */
    private static String tabs(XmlElem tabs) {
        if (tabs == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (XmlElem t : tabs.elements()) {
            if (W.is(t, "tab")) {
                String leader = t.attr("leader");
                out.add(t.attr("val") + "@" + t.attr("pos")
                        + (leader == null || leader.equals("none") ? "" : "/" + leader));
            }
        }
        return String.join(",", out);
    }
}
