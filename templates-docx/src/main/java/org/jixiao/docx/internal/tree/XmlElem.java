// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.xml.Ns;

/**
 * An element of the engine's one XML tree ({@link TreeReader}), keeping prefixes and namespace
 * declarations exactly as written so that serialising it reproduces the part; {@link #ns} is canonical.
 * Mutable: the compiler rewrites it; readers such as the canonical text only read it.
 */
public final class XmlElem implements XmlNode {
    public final String qname;
    /** The namespace URI, canonical (strict mapped to transitional); "" when none. */
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
        return is(Ns.W, local);
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

    /** The namespace URI, canonical ({@link org.jixiao.docx.internal.xml.Ns#canonical}); "" when none. */
    public String ns() {
        return ns;
    }

    /** The local name. */
    public String local() {
        return local;
    }

    /** The attribute in this element's own namespace (as {@code w:val} on {@code w:jc}), else unqualified; or null. */
    public String attr(String local) {
        String v = attr(ns, local);
        return v != null ? v : attr("", local);
    }

    /** The first child element {@code {ns}local}, or null. */
    public XmlElem first(String ns, String local) {
        for (XmlNode c : children) {
            if (c instanceof XmlElem e && e.is(ns, local)) {
                return e;
            }
        }
        return null;
    }

    /** The first descendant (depth first) {@code {ns}local}, or null. */
    public XmlElem descendant(String ns, String local) {
        for (XmlNode c : children) {
            if (c instanceof XmlElem e) {
                if (e.is(ns, local)) {
                    return e;
                }
                XmlElem d = e.descendant(ns, local);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** All text below this element, concatenated. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (XmlNode c : children) {
            if (c instanceof XmlText t) {
                sb.append(t.text);
            } else {
                ((XmlElem) c).appendText(sb);
            }
        }
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
