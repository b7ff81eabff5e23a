// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/** Shorthands for WordprocessingML elements. */
final class W {
    private W() {}

    static boolean is(XmlElem e, String local) {
        return e != null && e.is(Ns.W, local);
    }

    /** The first {@code w:local} child of {@code e}; null when {@code e} is null or has none. */
    static XmlElem child(XmlElem e, String local) {
        return e == null ? null : e.first(Ns.W, local);
    }

    /** {@code w:val} of the child {@code w:local}, or null. */
    static String val(XmlElem e, String local) {
        XmlElem c = child(e, local);
        return c == null ? null : c.attr("val");
    }

    /** Adds the on/off child {@code w:local} of {@code e} to {@code p} under {@code key}. */
    static void onOff(Props p, String key, XmlElem e, String local) {
        XmlElem c = child(e, local);
        p.onOff(key, c == null ? null : c.attr("val"), c != null);
    }

    /** Adds each named attribute of {@code e} as {@code prefix.attr=value}. */
    static void attrs(Props p, String prefix, XmlElem e, String... names) {
        if (e == null) {
            return;
        }
        for (String n : names) {
            p.put(prefix + n, e.attr(n));
        }
    }
}
