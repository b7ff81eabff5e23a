// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamReader;
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
 * compared without regard to case, as OPC and Word compare them. Records the package's
 * {@code officeDocument} target.
 */
final class RelationshipCheck implements PartVisitor {
    private final String part;
    private final String source;
    private final Findings out;
    private String officeDocument;

    RelationshipCheck(String part, Findings out) {
        this.part = part;
        this.source = sourceOf(part);
        this.out = out;
    }

    /** The main document named by {@code _rels/.rels}, or null. */
    String officeDocument() {
        return officeDocument;
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (!ns.equals(Ns.PKG_REL) || !local.equals("Relationship")) {
            return;
        }
        String id = String.valueOf(r.getAttributeValue(null, "Id"));
        String type = Ns.shortRelType(r.getAttributeValue(null, "Type"));
        String kind = EntryNames.key(type);
        String target = r.getAttributeValue(null, "Target") == null ? "" : r.getAttributeValue(null, "Target");
        String where = "relationship " + id;
        String shown = source.isEmpty() ? part : source;
        if ("External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"))) {
            if (kind.equals("attachedtemplate") && LocalTemplate.isLocal(target)) {
                out.warn(LocalTemplate.dropped(shown, where, target));
                out.detach(new Detached(part, source, id));
            } else if (!kind.equals("hyperlink")) {
                out.add(external(shown, where, type, target));
            }
            return;
        }
        String resolved = resolve(source, target);
        switch (kind) {
            case "officedocument" -> officeDocument = source.isEmpty() ? resolved : officeDocument;
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
        if (type.equalsIgnoreCase("attachedTemplate")) {
            return TemplateProblems.of(
                    "template.external-relationship",
                    part,
                    where,
                    snippet,
                    "模板附加了外部模板（attachedTemplate），Word 打开时会从网络或共享目录加载它（模板注入，MITRE T1221）；"
                            + "请在 Word「开发工具 → 文档模板」中删除附加的模板，或另存为新的 .docx。",
                    "the template attaches an external template (attachedTemplate) that Word loads from the network"
                            + " or a share when opening (template injection, MITRE T1221); remove it under Developer →"
                            + " Document Template, or save as a new .docx.");
        }
        return TemplateProblems.of(
                "template.external-relationship",
                part,
                where,
                snippet,
                "部件引用了外部资源（" + type + "），打开或转换时会访问网络或共享目录；只允许外部超链接。请在 Word 中删除" + "该对象或改为嵌入后重新保存。",
                "the part refers to an external resource (" + type + ") that is fetched from the network or a share"
                        + " when the file is opened or converted; only external hyperlinks are allowed. Delete the"
                        + " object in Word or embed it, then save again.");
    }

    /** {@code word/document.xml} for {@code word/_rels/document.xml.rels}; "" for {@code _rels/.rels}. */
    static String sourceOf(String relsPart) {
        int i = EntryNames.key(relsPart).lastIndexOf("_rels/");
        if (i < 0 || !EntryNames.isRels(relsPart)) {
            return "";
        }
        return relsPart.substring(0, i)
                + relsPart.substring(i + "_rels/".length(), relsPart.length() - ".rels".length());
    }

    static String resolve(String source, String target) {
        String path = target.startsWith("/")
                ? target.substring(1)
                : source.substring(0, source.lastIndexOf('/') + 1) + target;
        Deque<String> segs = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segs.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segs.addLast(s);
            }
        }
        return String.join("/", segs);
    }
}
