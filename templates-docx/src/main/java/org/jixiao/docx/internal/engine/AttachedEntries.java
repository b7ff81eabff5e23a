// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jixiao.docx.internal.render.Attachments;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.docx.internal.zip.DeterministicZip;

/**
 * Writes a package whose render added pictures or hyperlinks: the template's entries, the relationships
 * parts of the templated parts with the new relationships appended (a part without one gets a new
 * relationships part), {@code [Content_Types].xml} with a {@code Default} for each new extension it
 * lacks, and the media parts; in the usual order, {@code [Content_Types].xml} first, then by name.
 * A changed part keeps its encoding (UTF-8, or UTF-16 with its byte-order mark).
 */
final class AttachedEntries {
    private static final String CONTENT_TYPES = DeterministicZip.CONTENT_TYPES;
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

    private AttachedEntries() {}

    static void write(Compiled c, Map<String, Deflated> rendered, Attachments added, DeterministicZip zip) {
        Map<String, Deflated> entries = new TreeMap<>((a, b) ->
                a.equals(b) ? 0 : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        Map<String, String> lowerToName = new LinkedHashMap<>();
        for (OutPart p : c.parts()) {
            entries.put(p.name(), p instanceof OutPart.Static s ? s.bytes() : rendered.get(p.name()));
            lowerToName.put(p.name().toLowerCase(Locale.ROOT), p.name());
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, List<Attachments.Relationship>> e :
                added.relationships().entrySet()) {
            String rels = relsName(e.getKey());
            String existing = lowerToName.get(rels.toLowerCase(Locale.ROOT));
            if (existing != null) {
                entries.put(
                        existing, Deflated.of(append(entries.get(existing).inflate(), relationships(e.getValue()))));
            } else {
                String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                        + RELS_NS + "\">" + relationships(e.getValue()).replace("%p", "") + "</Relationships>";
                entries.put(rels, Deflated.of(xml.getBytes(StandardCharsets.UTF_8)));
                types.put("rels", RELS_TYPE);
            }
        }
        for (Attachments.Media m : added.media()) {
            entries.put(m.name(), Deflated.of(m.bytes()));
            types.put(m.extension(), m.contentType());
        }
        Deflated ct = entries.get(CONTENT_TYPES);
        if (ct != null) {
            entries.put(CONTENT_TYPES, Deflated.of(withDefaults(ct.inflate(), types)));
        }
        entries.forEach(zip::add);
    }

    /** {@code word/document.xml} → {@code word/_rels/document.xml.rels}. */
    static String relsName(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The relationships as elements, {@code %p} standing for the root's prefix. */
    private static String relationships(List<Attachments.Relationship> l) {
        StringBuilder sb = new StringBuilder();
        for (Attachments.Relationship r : l) {
            sb.append("<%pRelationship Id=\"")
                    .append(r.id())
                    .append("\" Type=\"")
                    .append(r.type())
                    .append("\" Target=\"");
            TreeWriter.attrValue(sb, r.target());
            sb.append(r.external() ? "\" TargetMode=\"External\"/>" : "\"/>");
        }
        return sb.toString();
    }

    /** Inserts {@code elements} before the root's end tag, with the root's prefix for {@code %p}. */
    private static byte[] append(byte[] xml, String elements) {
        Charset cs = charset(xml);
        String s = new String(xml, cs);
        int end = s.lastIndexOf("</");
        String root = s.substring(end + 2, s.indexOf('>', end)).strip();
        String prefix = root.contains(":") ? root.substring(0, root.indexOf(':') + 1) : "";
        String out = s.substring(0, end) + elements.replace("%p", prefix) + s.substring(end);
        // A byte-order mark was decoded as U+FEFF and is encoded again as the first character.
        return out.getBytes(cs);
    }

    private static byte[] withDefaults(byte[] xml, Map<String, String> types) {
        String s = new String(xml, charset(xml));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> t : types.entrySet()) {
            Pattern declared = Pattern.compile(
                    "<(\\w+:)?Default\\s[^>]*Extension\\s*=\\s*[\"']" + Pattern.quote(t.getKey()) + "[\"']",
                    Pattern.CASE_INSENSITIVE);
            if (!declared.matcher(s).find()) {
                sb.append("<%pDefault Extension=\"")
                        .append(t.getKey())
                        .append("\" ContentType=\"")
                        .append(t.getValue())
                        .append("\"/>");
            }
        }
        return sb.length() == 0 ? xml : append(xml, sb.toString());
    }

    private static Charset charset(byte[] xml) {
        boolean be = xml.length >= 2 && (xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF;
        boolean le = xml.length >= 2 && (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE;
        return be ? StandardCharsets.UTF_16BE : le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    }
}
