// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.internal.preflight.Detached;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Leaves relationships the pre-flight detached out of a template's parts: the {@code Relationship}
 * itself, and every element of its source part that refers to it by {@code r:id} (for a local attached
 * template, {@code w:attachedTemplate} in {@code word/settings.xml}), so no reference dangles. Parts
 * it changes are written back with {@link TreeWriter}; the others are not touched.
 */
final class Detacher {
    private Detacher() {}

    /** Rewrites the affected entries of {@code entries} in place. */
    static void apply(Map<String, byte[]> entries, List<Detached> detached) throws XMLStreamException {
        for (Detached d : detached) {
            rewrite(entries, d.relsPart(), e -> "Relationship".equals(e.local) && d.id().equals(e.attr("", "Id")));
            rewrite(entries, d.sourcePart(), e -> refersTo(e, d.id()));
        }
    }

    interface Match {
        boolean test(XmlElem e);
    }

    /** Removes the elements {@code drop} matches from entry {@code part}, rewriting it if any was; no entry, no change. */
    static void rewrite(Map<String, byte[]> entries, String part, Match drop) throws XMLStreamException {
        byte[] bytes = entries.get(part);
        if (bytes == null) {
            return;
        }
        XmlElem root = TreeReader.parse(bytes);
        if (remove(root, drop)) {
            StringBuilder sb = new StringBuilder(bytes.length).append(TreeWriter.DECLARATION);
            TreeWriter.write(sb, root);
            entries.put(part, sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Removes matching descendants of {@code e}; true when any was removed. Parts are shallow: no stack concern. */
    private static boolean remove(XmlElem e, Match drop) {
        boolean removed = e.children.removeIf(n -> n instanceof XmlElem c && drop.test(c));
        for (XmlNode n : e.children) {
            if (n instanceof XmlElem c) {
                removed |= remove(c, drop);
            }
        }
        return removed;
    }

    private static boolean refersTo(XmlElem e, String id) {
        for (XmlAttr a : e.attrs) {
            if (!a.qname().startsWith("xmlns") && a.ns().equals(Ns.R) && id.equals(a.value())) {
                return true;
            }
        }
        return false;
    }
}
