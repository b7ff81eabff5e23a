// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.XmlEncoding;
import org.jixiao.validation.Problem;

/**
 * Comments are left out of the output: they are notes for whoever edits the template, never part of
 * a report, so nothing in them (a marker included) reaches a document. The main document's comment
 * relationships (comments, and Word's commentsExtended, commentsIds, commentsExtensible) are removed
 * with their parts, those parts' own relationships and content-type overrides, and every comment
 * range and reference is removed from the parts, so none dangles. One warning says how many went.
 */
final class Comments {
    private static final Set<String> TYPES =
            Set.of("comments", "commentsextended", "commentsids", "commentsextensible");
    private static final Set<String> ANCHORS = Set.of("commentRangeStart", "commentRangeEnd", "commentReference");
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private Comments() {}

    /**
     * Removes the comments of {@code pkg}'s main document from {@code entries} (the package's parts, being
     * prepared for compiling); returns the warning, or null when it has none.
     */
    static Problem strip(Map<String, byte[]> entries, DocxPackage pkg) throws XMLStreamException {
        List<PartRels.Rel> rels = new ArrayList<>();
        for (PartRels.Rel r : PartRels.of(pkg, pkg.mainPart())) {
            if (TYPES.contains(r.type().toLowerCase(Locale.ROOT))) {
                rels.add(r);
            }
        }
        if (rels.isEmpty()) {
            return null;
        }
        int comments = 0;
        String commentsPart = rels.get(0).target();
        for (PartRels.Rel r : rels) {
            if (r.type().equalsIgnoreCase("comments")) {
                commentsPart = r.target();
                comments += (int) TreeReader.parse(entries.get(r.target())).elements().stream()
                        .filter(e -> e.local.equals("comment"))
                        .count();
            }
            Detacher.rewrite(
                    entries, r.relsPart(), e -> "Relationship".equals(e.local) && r.id().equals(e.attr("", "Id")));
            entries.remove(r.target());
            String ownRels = PartRels.entryName(entries, Relationship.relsPartOf(r.target()));
            if (ownRels != null) {
                entries.remove(ownRels);
            }
            String partName = "/" + r.target();
            Detacher.rewrite(
                    entries,
                    CONTENT_TYPES,
                    e -> "Override".equals(e.local) && partName.equalsIgnoreCase(e.attr("", "PartName")));
        }
        for (String name : List.copyOf(entries.keySet())) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml")
                    && !name.equals(CONTENT_TYPES)
                    && mayAnchor(entries.get(name))) {
                Detacher.rewrite(
                        entries,
                        name,
                        e -> ANCHORS.contains(e.local) && Ns.canonical(e.ns).equals(Ns.W));
            }
        }
        return Problems.Code.COMMENTS_REMOVED.at(commentsPart, "", "", Integer.toString(comments));
    }

    /** Whether {@code xml} may hold a comment anchor: the name in UTF-8, or a UTF-16 part (byte-order mark), read to tell. */
    private static boolean mayAnchor(byte[] xml) {
        return XmlEncoding.startsWithUtf16Bom(xml) || new String(xml, StandardCharsets.UTF_8).contains("comment");
    }
}
