// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Joins adjacent runs that have the same run properties and hold only text, tabs and breaks, as
 * Word leaves them after edits (each with its own revision id). The text reads the same; the part
 * gets smaller, so every render writes and deflates less. Revision ids of the joined runs are lost,
 * which changes nothing visible.
 */
final class RunMerger {
    private static final Set<String> SIMPLE = Set.of("rPr", "t", "tab", "br", "cr");

    private RunMerger() {}

    static void mergeAll(XmlElem e) {
        List<XmlNode> out = new ArrayList<>(e.children.size());
        XmlElem last = null;
        String lastProps = null;
        for (XmlNode n : e.children) {
            if (n instanceof XmlText t && t.text.isBlank() && last != null) {
                continue;
            }
            if (n instanceof XmlElem c && c.isW("r") && simple(c)) {
                String props = props(c);
                if (last != null && props.equals(lastProps)) {
                    join(last, c);
                    continue;
                }
                last = c;
                lastProps = props;
                out.add(c);
                continue;
            }
            if (n instanceof XmlElem c) {
                mergeAll(c);
            }
            last = null;
            out.add(n);
        }
        e.children.clear();
        e.children.addAll(out);
    }

    private static boolean simple(XmlElem r) {
        for (XmlNode n : r.children) {
            if (n instanceof XmlElem c && !(c.ns.equals(Ns.W) && SIMPLE.contains(c.local))) {
                return false;
            }
            if (n instanceof XmlText t && !t.text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String props(XmlElem r) {
        XmlElem rPr = r.childW("rPr");
        if (rPr == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        TreeWriter.write(sb, rPr);
        return sb.toString();
    }

    /** Moves the content of {@code from} to the end of {@code to}, joining neighbouring {@code w:t}. */
    private static void join(XmlElem to, XmlElem from) {
        for (XmlNode n : from.children) {
            if (!(n instanceof XmlElem c) || c.isW("rPr")) {
                continue;
            }
            XmlElem prev = lastElement(to);
            if (c.isW("t") && prev != null && prev.isW("t")) {
                XmlText a = textNode(prev);
                a.text += textNode(c).text;
                preserve(prev);
            } else {
                to.children.add(c);
            }
        }
    }

    private static XmlElem lastElement(XmlElem r) {
        for (int i = r.children.size() - 1; i >= 0; i--) {
            if (r.children.get(i) instanceof XmlElem e) {
                return e;
            }
        }
        return null;
    }

    /** The text node of a {@code w:t}, added empty when it has none. */
    static XmlText textNode(XmlElem t) {
        for (XmlNode n : t.children) {
            if (n instanceof XmlText x) {
                return x;
            }
        }
        XmlText x = new XmlText("");
        t.children.add(x);
        return x;
    }

    private static void preserve(XmlElem t) {
        if (t.attr(Ns.XML, "space") == null) {
            t.attrs.add(new XmlAttr("xml:space", Ns.XML, "space", "preserve"));
        }
    }
}
