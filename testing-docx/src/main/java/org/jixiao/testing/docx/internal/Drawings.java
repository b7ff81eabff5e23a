// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/**
 * One-token summaries of pictures and embedded objects: kind, name, alt text, size in EMU and the
 * linked part. Their inner text (text boxes) is not shown; drawing ids are left out.
 */
final class Drawings {
    private Drawings() {}

    static String describe(XmlElem drawing, Rels rels) {
        XmlElem frame = drawing.first(Ns.WP, "inline");
        String placement = "inline";
        if (frame == null) {
            frame = drawing.first(Ns.WP, "anchor");
            placement = "anchor";
        }
        Props p = new Props();
        if (frame != null) {
            XmlElem docPr = frame.first(Ns.WP, "docPr");
            XmlElem extent = frame.first(Ns.WP, "extent");
            XmlElem data = frame.descendant(Ns.A, "graphicData");
            if (data != null && data.attr("", "uri") != null) {
                p.put("kind", Ns.shortRelType(data.attr("", "uri")));
            }
            if (docPr != null) {
                p.put("name", docPr.attr("", "name"));
                p.put("descr", docPr.attr("", "descr"));
            }
            if (extent != null) {
                p.put("size", extent.attr("", "cx") + "x" + extent.attr("", "cy"));
            }
            String rId = firstRelId(frame);
            if (rId != null) {
                p.put("target", rels.target(rId));
            }
        }
        return "{drawing " + placement + (p.isEmpty() ? "" : " " + p.render()) + "}";
    }

    static String object(XmlElem object) {
        XmlElem ole = object.descendant(Ns.O, "OLEObject");
        String progId = ole == null ? null : ole.attr("", "ProgID");
        return progId == null
                ? "{object}"
                : "{object " + new Props().put("progId", progId).render() + "}";
    }

    /** The first r:embed, r:link or r:id below {@code e}: the picture, chart or linked file. */
    private static String firstRelId(XmlElem e) {
        for (XmlElem c : e.elements()) {
            for (String a : new String[] {"embed", "link", "id"}) {
                String v = c.attr(Ns.R, a);
                if (v != null) {
                    return v;
                }
            }
            String d = firstRelId(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
