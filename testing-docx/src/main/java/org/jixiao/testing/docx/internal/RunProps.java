// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import org.jixiao.docx.internal.tree.XmlElem;

/**
 * The run properties worth showing, read from a {@code w:rPr} as written (direct formatting; style
 * inheritance is not resolved). Order: style, fonts, size, then character effects.
 */
final class RunProps {
    private RunProps() {}

    static Props of(XmlElem rPr) {
        Props p = new Props();
        if (rPr == null) {
            return p;
        }
        p.put("style", W.val(rPr, "rStyle"));
        fonts(p, W.child(rPr, "rFonts"));
        p.put("sz", W.val(rPr, "sz"));
        W.onOff(p, "b", rPr, "b");
        W.onOff(p, "i", rPr, "i");
        XmlElem u = W.child(rPr, "u");
        if (u != null) {
            p.put("u", u.attr("val") == null ? "single" : u.attr("val"));
        }
        W.onOff(p, "strike", rPr, "strike");
        W.onOff(p, "dstrike", rPr, "dstrike");
        W.onOff(p, "caps", rPr, "caps");
        W.onOff(p, "smallCaps", rPr, "smallCaps");
        W.onOff(p, "hidden", rPr, "vanish");
        p.put("color", W.val(rPr, "color"));
        p.put("highlight", W.val(rPr, "highlight"));
        p.put("vertAlign", W.val(rPr, "vertAlign"));
        p.put("em", W.val(rPr, "em"));
        p.put("spacing", W.val(rPr, "spacing"));
        p.put("w", W.val(rPr, "w"));
        return p;
    }

    /** {@code font=X} when East Asian, ASCII and hAnsi agree, else each one that is set. */
    private static void fonts(Props p, XmlElem f) {
        if (f == null) {
            return;
        }
        String ea = f.attr("eastAsia");
        String ascii = f.attr("ascii");
        String hAnsi = f.attr("hAnsi");
        if (ea != null && ea.equals(ascii) && ea.equals(hAnsi)) {
            p.put("font", ea);
        } else {
            p.put("font.eastAsia", ea);
            p.put("font.ascii", ascii);
            p.put("font.hAnsi", hAnsi);
        }
        p.put("font.eastAsiaTheme", f.attr("eastAsiaTheme"));
        p.put("font.asciiTheme", f.attr("asciiTheme"));
        p.put("font.hAnsiTheme", f.attr("hAnsiTheme"));
    }
}
