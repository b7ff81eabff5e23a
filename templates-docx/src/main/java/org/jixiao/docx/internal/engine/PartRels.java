// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.internal.text.Rels;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/**
 * The internal relationships of one part, read from the entries of a package the pre-flight and the
 * docx4j gate accepted: relationship type's last segment (e.g. {@code footnotes}), and the target
 * resolved to an entry name as the package spells it (part names compare case-insensitively).
 */
final class PartRels {
    /** One relationship of {@code source}, held in {@code relsPart}. */
    record Rel(String relsPart, String id, String type, String target) {}

    private PartRels() {}

    /** The internal relationships of {@code source}; none when it has no relationships part. */
    static List<Rel> of(Map<String, byte[]> entries, String source) throws XMLStreamException {
        String relsPart = entryName(entries, Rels.relsName(source));
        List<Rel> out = new ArrayList<>();
        if (relsPart == null) {
            return out;
        }
        for (XmlElem r : TreeReader.parse(entries.get(relsPart)).elements()) {
            String type = r.attr("", "Type");
            String target = r.attr("", "Target");
            if (!"Relationship".equals(r.local)
                    || type == null
                    || target == null
                    || "External".equalsIgnoreCase(r.attr("", "TargetMode"))) {
                continue;
            }
            String resolved = entryName(entries, Rels.resolve(source, target));
            if (resolved != null) {
                out.add(new Rel(relsPart, r.attr("", "Id"), Ns.shortRelType(type), resolved));
            }
        }
        return out;
    }

    /** The entry named {@code name} ignoring case, as the package spells it; null if none. */
    static String entryName(Map<String, byte[]> entries, String name) {
        if (entries.containsKey(name)) {
            return name;
        }
        for (String e : entries.keySet()) {
            if (e.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }
}
