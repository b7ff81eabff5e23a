// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A .docx as read once, under the pre-flight limits: what the pre-flight checked, the compiler
 * compiles and the canonical text reads. Part names are as stored in the ZIP and are looked up without
 * regard to case, as OPC compares them. Immutable; the byte arrays are shared and never written.
 *
 * @param parts every entry but directories, name → inflated bytes, in ZIP order
 * @param contentTypes the content types
 * @param relationships source part ({@code ""} for the package) → its relationships in document
 *     order, for every relationships part that could be read
 * @param mainPart the main document (the package's {@code officeDocument} target) as named in the ZIP;
 *     null when there is none
 * @param headers the main document's headers, as named in the ZIP, sorted
 * @param footers the main document's footers, as named in the ZIP, sorted
 * @param notes the main document's footnotes, endnotes and comments parts, as named in the ZIP, sorted
 */
public record DocxPackage(
        Map<String, byte[]> parts,
        ContentTypes contentTypes,
        Map<String, List<Relationship>> relationships,
        String mainPart,
        List<String> headers,
        List<String> footers,
        List<String> notes) {

    public DocxPackage {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        Map<String, List<Relationship>> rels = new HashMap<>();
        relationships.forEach((k, v) -> rels.put(key(k), List.copyOf(v)));
        relationships = Map.copyOf(rels);
        headers = List.copyOf(headers);
        footers = List.copyOf(footers);
        notes = List.copyOf(notes);
    }

    /** A package of {@code parts} whose templated parts are found from its relationships. */
    public static DocxPackage of(
            Map<String, byte[]> parts, ContentTypes contentTypes, Map<String, List<Relationship>> relationships) {
        Map<String, String> names = new HashMap<>();
        parts.keySet().forEach(n -> names.putIfAbsent(key(n), n));
        String main = null;
        for (Relationship r : relationships.getOrDefault("", List.of())) {
            if (r.isInternal("officeDocument")) {
                main = names.get(key(r.target()));
                break;
            }
        }
        List<Relationship> mainRels = main == null ? List.of() : relationships.getOrDefault(key(main), List.of());
        return new DocxPackage(
                parts,
                contentTypes,
                relationships,
                main,
                targets(mainRels, names, "header"),
                targets(mainRels, names, "footer"),
                targets(mainRels, names, "footnotes", "endnotes", "comments"));
    }

    private static List<String> targets(List<Relationship> rels, Map<String, String> names, String... types) {
        return rels.stream()
                .filter(r -> List.of(types).stream().anyMatch(r::isInternal))
                .map(r -> names.get(key(r.target())))
                .filter(n -> n != null)
                .distinct()
                .sorted()
                .toList();
    }

    /** The bytes of part {@code name}, compared without regard to case; null when there is no such part. */
    public byte[] part(String name) {
        byte[] exact = parts.get(name);
        if (exact != null) {
            return exact;
        }
        String k = key(name);
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (key(e.getKey()).equals(k)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The relationships of part {@code source} ({@code ""} for the package); empty when it has none. */
    public List<Relationship> relationships(String source) {
        return relationships.getOrDefault(key(source), List.of());
    }

    /** The key under which two names count as the same OPC part: OPC part names are case-insensitive. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
