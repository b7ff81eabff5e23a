// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of the compile-time XML tree, keeping prefixes and namespace declarations exactly as
 * written so that serialising it reproduces the template. Mutable; used only while compiling.
 */
public final class XElement implements XNode {
    public final String qname;
    public final String ns;
    public final String local;
    /** Namespace declarations first, then attributes, both in document order. */
    public final List<XAttr> attrs;
    public final List<XNode> children = new ArrayList<>();

    public XElement(String qname, String ns, String local, List<XAttr> attrs) {
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
        return is(Ns.W, local);
    }

    /** The first child element {@code w:local}, or null. */
    public XElement childW(String local) {
        for (XNode c : children) {
            if (c instanceof XElement e && e.isW(local)) {
                return e;
            }
        }
        return null;
    }

    /** Child elements only, in order. */
    public List<XElement> elements() {
        List<XElement> out = new ArrayList<>();
        for (XNode c : children) {
            if (c instanceof XElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The value of the attribute {@code ns:local}, or null. */
    public String attr(String ns, String local) {
        for (XAttr a : attrs) {
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
    public XElement sibling(String local) {
        return new XElement(prefix() + local, ns, local, List.of());
    }
}
