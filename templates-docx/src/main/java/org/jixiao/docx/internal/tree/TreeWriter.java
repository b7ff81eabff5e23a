// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

import org.jixiao.docx.internal.xml.Ns;

/** Serialises {@link XmlElem} trees as the template wrote them, escaping text and attributes. */
public final class TreeWriter {
    /** The declaration every generated part starts with. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private TreeWriter() {}

    /** Appends {@code e} and its whole subtree. */
    public static void write(StringBuilder sb, XmlElem e) {
        if (e.children.isEmpty()) {
            startTag(sb, e, true);
            return;
        }
        startTag(sb, e, false);
        for (XmlNode c : e.children) {
            if (c instanceof XmlElem ce) {
                write(sb, ce);
            } else {
                text(sb, ((XmlText) c).text);
            }
        }
        endTag(sb, e);
    }

    /** Appends the start tag of {@code e}; {@code empty} writes {@code <x/>}. */
    public static void startTag(StringBuilder sb, XmlElem e, boolean empty) {
        sb.append('<').append(e.qname);
        for (XmlAttr a : e.attrs) {
            sb.append(' ').append(a.qname()).append("=\"");
            attrValue(sb, a.value());
            sb.append('"');
        }
        sb.append(empty ? "/>" : ">");
    }

    /** Appends the start tag of {@code e} without its {@code w14:paraId} and {@code w14:textId}. */
    public static void startTagWithoutIds(StringBuilder sb, XmlElem e, boolean empty) {
        sb.append('<').append(e.qname);
        for (XmlAttr a : e.attrs) {
            if (a.ns().equals(Ns.W14)
                    && (a.local().equals("paraId") || a.local().equals("textId"))) {
                continue;
            }
            sb.append(' ').append(a.qname()).append("=\"");
            attrValue(sb, a.value());
            sb.append('"');
        }
        sb.append(empty ? "/>" : ">");
    }

    public static void endTag(StringBuilder sb, XmlElem e) {
        sb.append("</").append(e.qname).append('>');
    }

    /** Appends character data with {@code & < >} escaped. */
    public static void text(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }

    /** Appends an attribute value, escaped for a double-quoted attribute. */
    public static void attrValue(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
