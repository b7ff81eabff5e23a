// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/** Writes the package-wide parts: style definitions, numbering definitions and settings. */
final class PackageWriter {
    private static final String[] STYLE_TYPES = {"paragraph", "character", "table", "numbering"};

    private PackageWriter() {}

    static void styles(XmlElem styles, Lines out) {
        XmlElem defaults = W.child(styles, "docDefaults");
        if (defaults != null) {
            out.line(withFormatting(
                    "[docDefaults]",
                    W.child(W.child(defaults, "pPrDefault"), "pPr"),
                    W.child(W.child(defaults, "rPrDefault"), "rPr")));
        }
        for (String type : STYLE_TYPES) {
            styles.elements().stream()
                    .filter(s -> W.is(s, "style") && type.equals(s.attr("type") == null ? "paragraph" : s.attr("type")))
                    .sorted((a, b) -> String.valueOf(a.attr("styleId")).compareTo(String.valueOf(b.attr("styleId"))))
                    .forEach(s -> {
                        Props h = new Props().put("name", W.val(s, "name")).put("basedOn", W.val(s, "basedOn"));
                        if (Props.isOn(s.attr("default")) && s.attr("default") != null) {
                            h.flag("default");
                        }
                        String head = "[style " + type + " " + Props.quote(String.valueOf(s.attr("styleId")))
                                + (h.isEmpty() ? "" : " " + h.render()) + "]";
                        out.line(withFormatting(head, W.child(s, "pPr"), W.child(s, "rPr")));
                    });
        }
    }

    static void numbering(XmlElem numbering, Lines out) {
        for (XmlElem a : numbering.elements()) {
            if (!W.is(a, "abstractNum")) {
                continue;
            }
            out.line("[abstractNum " + a.attr("abstractNumId") + "]");
            for (XmlElem lvl : a.elements()) {
                if (W.is(lvl, "lvl")) {
                    out.line(withFormatting(
                            "  [lvl " + lvl.attr("ilvl") + level(lvl) + "]", W.child(lvl, "pPr"), W.child(lvl, "rPr")));
                }
            }
        }
        for (XmlElem n : numbering.elements()) {
            if (!W.is(n, "num")) {
                continue;
            }
            out.line("[num " + n.attr("numId") + " abstractNum=" + W.val(n, "abstractNumId") + "]");
            for (XmlElem o : n.elements()) {
                if (W.is(o, "lvlOverride")) {
                    XmlElem lvl = W.child(o, "lvl");
                    String override = "  [override lvl=" + o.attr("ilvl")
                            + (W.val(o, "startOverride") == null ? "" : " start=" + W.val(o, "startOverride"))
                            + (lvl == null ? "" : level(lvl)) + "]";
                    out.line(
                            lvl == null
                                    ? override
                                    : withFormatting(override, W.child(lvl, "pPr"), W.child(lvl, "rPr")));
                }
            }
        }
    }

    private static String level(XmlElem lvl) {
        Props p = new Props()
                .put("start", W.val(lvl, "start"))
                .put("fmt", W.val(lvl, "numFmt"))
                .put("text", W.val(lvl, "lvlText"))
                .put("align", W.val(lvl, "lvlJc"))
                .put("restart", W.val(lvl, "lvlRestart"))
                .put("suff", W.val(lvl, "suff"))
                .put("style", W.val(lvl, "pStyle"));
        W.onOff(p, "isLgl", lvl, "isLgl");
        return p.isEmpty() ? "" : " " + p.render();
    }

    static void settings(XmlElem settings, Lines out) {
        Props p = new Props().put("defaultTabStop", W.val(settings, "defaultTabStop"));
        W.onOff(p, "updateFields", settings, "updateFields");
        W.onOff(p, "mirrorMargins", settings, "mirrorMargins");
        W.onOff(p, "gutterAtTop", settings, "gutterAtTop");
        W.onOff(p, "trackRevisions", settings, "trackRevisions");
        XmlElem protection = W.child(settings, "documentProtection");
        if (protection != null) {
            p.put("protection", String.valueOf(protection.attr("edit")));
        }
        XmlElem template = W.child(settings, "attachedTemplate");
        if (template != null) {
            p.put("attachedTemplate", String.valueOf(template.attr(Ns.R, "id")));
        }
        out.line("[settings" + (p.isEmpty() ? "" : " " + p.render()) + "]");
    }

    /** True when {@code settings} turns on different odd and even page headers. */
    static boolean evenAndOddHeaders(XmlElem settings) {
        XmlElem e = W.child(settings, "evenAndOddHeaders");
        return e != null && Props.isOn(e.attr("val"));
    }

    private static String withFormatting(String head, XmlElem pPr, XmlElem rPr) {
        Props pp = ParaProps.of(pPr);
        Props rp = RunProps.of(rPr);
        return head
                + (pp.isEmpty() ? "" : " [p " + pp.render() + "]")
                + (rp.isEmpty() ? "" : "  {" + rp.render() + "}");
    }
}
