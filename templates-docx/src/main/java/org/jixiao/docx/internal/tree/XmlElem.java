// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of the compile-time XML tree, keeping prefixes and namespace declarations exactly as
 * written so that serialising it reproduces the template. Mutable; used only while compiling.
 */
public final class XmlElem implements XmlNode {
    public final String qname;
    public final String ns;
    public final String local;
    /** Namespace declarations first, then attributes, both in document order. */
    public final List<XmlAttr> attrs;

    public final List<XmlNode> children = new ArrayList<>();

    public XmlElem(String qname, String ns, String local, List<XmlAttr> attrs) {
        this.qname = qname;
        this.ns = ns;
        this.local = local;
        this.attrs = new ArrayList<>(attrs);
    }

    /** Whether this is the element {@code local} of namespace {@code ns}. */
    public boolean is(String ns, String local) {
        return this.local.equals(local) && this.ns.equals(ns);
    }

    /** Whether this is the WordprocessingML element {@code local}. */
    public boolean isW(String local) {
        return is(Names.W, local);
    }

    /** The first child element {@code w:local}, or null. */
    public XmlElem childW(String local) {
        for (XmlNode c : children) {
            if (c instanceof XmlElem e && e.isW(local)) {
                return e;
            }
        }
        return null;
    }

    /** Child elements only, in order. */
    public List<XmlElem> elements() {
        List<XmlElem> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c instanceof XmlElem e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The value of the attribute {@code ns:local}, or null. */
    public String attr(String ns, String local) {
        for (XmlAttr a : attrs) {
            if (a.local().equals(local) && a.ns().equals(ns) && !a.qname().startsWith("xmlns")) {
                return a.value();
            }
        }
        return null;
    }

    /** The prefix this element was written with, e.g. {@code w:} (with colon), or empty. */
    public String prefix() {
        int i = qname.indexOf(':');
        return i < 0 ? "" : qname.substring(0, i + 1);
    }

    /** A new element in the same namespace and with the same prefix as this one. */
    public XmlElem sibling(String local) {
        return new XmlElem(prefix() + local, ns, local, List.of());
    }
}
