// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.load.Relationship;

/**
 * The internal relationships of one part, as the package's one relationships reader read them
 * ({@link DocxPackage#relationships}): short type (e.g. {@code footnotes}), and the target as the package
 * spells its entry (part names compare case-insensitively), with the relationships part that holds each.
 */
final class PartRels {
    /** One relationship of {@code source}, held in {@code relsPart}. */
    record Rel(String relsPart, String id, String type, String target) {}

    private PartRels() {}

    /** The internal relationships of {@code source} whose target is a part of {@code pkg}; none when it has none. */
    static List<Rel> of(DocxPackage pkg, String source) {
        String relsPart = entryName(pkg.parts(), Relationship.relsPartOf(source));
        List<Rel> out = new ArrayList<>();
        if (relsPart == null) {
            return out;
        }
        for (Relationship r : pkg.relationships(source)) {
            String target = r.external() ? null : entryName(pkg.parts(), r.target());
            if (target != null) {
                out.add(new Rel(relsPart, r.id(), r.type(), target));
            }
        }
        return out;
    }

    /** The entry named {@code name} ignoring case, as the package spells it; null if none. */
    static String entryName(Map<String, byte[]> entries, String name) {
        if (entries.containsKey(name)) {
            return name;
        }
        String key = DocxPackage.key(name);
        for (String e : entries.keySet()) {
            if (DocxPackage.key(e).equals(key)) {
                return e;
            }
        }
        return null;
    }
}
