// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal read-only XML element: namespace (canonicalised by {@link Ns#canonical}), local name,
 * attributes and content ({@code XElement} or {@code String}). Built by {@link XmlTree}.
 */
public final class XElement {
    private final String ns;
    private final String local;
    private final List<String[]> attrs;
    private final List<Object> content = new ArrayList<>();

    XElement(String ns, String local, List<String[]> attrs) {
        this.ns = ns;
        this.local = local;
        this.attrs = attrs;
    }

    public String ns() {
        return ns;
    }

    public String local() {
        return local;
    }

    public boolean is(String namespace, String localName) {
        return ns.equals(namespace) && local.equals(localName);
    }

    /** The attribute in this element's own namespace (as {@code w:val} on {@code w:jc}), else unqualified; or null. */
    public String attr(String localName) {
        String v = attr(ns, localName);
        return v != null ? v : attr("", localName);
    }

    /** The attribute {@code {namespace}localName}, or null. */
    public String attr(String namespace, String localName) {
        for (String[] a : attrs) {
            if (a[0].equals(namespace) && a[1].equals(localName)) {
                return a[2];
            }
        }
        return null;
    }

    /** Child elements and text, in document order. */
    public List<Object> content() {
        return Collections.unmodifiableList(content);
    }

    /** Child elements in document order. */
    public List<XElement> elements() {
        List<XElement> out = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element {@code {namespace}localName}, or null. */
    public XElement first(String namespace, String localName) {
        for (Object o : content) {
            if (o instanceof XElement e && e.is(namespace, localName)) {
                return e;
            }
        }
        return null;
    }

    /** The first descendant (depth first) {@code {namespace}localName}, or null. */
    public XElement descendant(String namespace, String localName) {
        for (XElement e : elements()) {
            if (e.is(namespace, localName)) {
                return e;
            }
            XElement d = e.descendant(namespace, localName);
            if (d != null) {
                return d;
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
        for (Object o : content) {
            if (o instanceof String s) {
                sb.append(s);
            } else {
                ((XElement) o).appendText(sb);
            }
        }
    }

    void add(Object child) {
        content.add(child);
    }
}
