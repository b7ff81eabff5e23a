// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.validation.Problem;

/**
 * A {@code .rels} part. External-target policy: {@code TargetMode="External"} is accepted only for
 * {@code hyperlink} relationships (links the reader clicks are ordinary document content); every other
 * external target — {@code attachedTemplate} (MITRE T1221), {@code subDocument}, {@code oleObject},
 * {@code frame}, linked {@code image}, media, anything else — is rejected, since Word or a converter
 * fetches it when opening. The one exception is an {@code attachedTemplate} on the author's own disk
 * ({@link LocalTemplate}): a warning, and the relationship is left out of the output. Internal targets of
 * macro, ActiveX, OLE and altChunk types are rejected too. Part names and relationship types are
 * compared without regard to case, as OPC and Word compare them. Keeps every relationship read, for
 * the package value.
 */
final class RelationshipCheck implements PartVisitor {
    private final String part;
    private final String source;
    private final Findings out;
    private final List<Relationship> read = new ArrayList<>();

    RelationshipCheck(String part, Findings out) {
        this.part = part;
        this.source = Relationship.sourceOf(part);
        this.out = out;
    }

    /** The part whose relationships these are ({@code ""} for the package). */
    String source() {
        return source;
    }

    /** The relationships read, in document order. */
    List<Relationship> relationships() {
        return List.copyOf(read);
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (!ns.equals(Ns.PKG_REL) || !local.equals("Relationship")) {
            return;
        }
        String id = String.valueOf(r.getAttributeValue(null, "Id"));
        String type = Relationship.shortType(r.getAttributeValue(null, "Type"));
        String kind = EntryNames.key(type);
        String target = r.getAttributeValue(null, "Target") == null ? "" : r.getAttributeValue(null, "Target");
        String where = "relationship " + id;
        String shown = source.isEmpty() ? part : source;
        boolean external = "External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"));
        read.add(new Relationship(id, type, external ? target : Relationship.resolve(source, target), external));
        if (external) {
            if (kind.equals("attachedtemplate") && LocalTemplate.isLocal(target)) {
                out.warn(LocalTemplate.dropped(shown, where, target));
                out.detach(new Detached(part, source, id));
            } else if (!kind.equals("hyperlink")) {
                out.add(external(shown, where, type, target));
            }
            return;
        }
        String resolved = Relationship.resolve(source, target);
        switch (kind) {
            case "vbaproject", "wordvbadata", "keymapcustomizations" -> out.addOnce(
                    ActiveContent.macro(resolved, where, type));
            case "control", "activexcontrolbinary" -> out.addOnce(ActiveContent.activeX(resolved, where, type));
            case "oleobject" -> out.addOnce(ActiveContent.ole(resolved, where, type));
            case "package" -> {
                // Charts keep their data as an embedded workbook: that is not an OLE object.
                if (!EntryNames.key(source).startsWith("word/charts/")) {
                    out.addOnce(ActiveContent.ole(resolved, where, type));
                }
            }
            case "afchunk" -> out.addOnce(ActiveContent.altChunk(resolved, where, type));
            default -> {
                /* styles, images, headers… */
            }
        }
    }

    private static Problem external(String part, String where, String type, String target) {
        String snippet = type + " → " + (target.length() > 200 ? target.substring(0, 200) + "…" : target);
        String code = "template.external-relationship";
        String key = type.equalsIgnoreCase("attachedTemplate") ? code + ".attached-template" : code;
        return TemplateProblems.error(code, key, part, where, snippet, type);
    }
}
