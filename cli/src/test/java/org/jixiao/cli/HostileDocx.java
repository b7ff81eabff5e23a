// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Templates an OA administrator could upload to attack the engine, one per kind of hole found, as
 * minimal .docx packages: a document whose body is given, optionally a settings part attaching a
 * template, and any part replaced by other bytes.
 */
final class HostileDocx {
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String SETTINGS_RELS = "word/_rels/settings.xml.rels";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private HostileDocx(String body, boolean settings) {
        put(
                "[Content_Types].xml",
                DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/>"
                        + (settings
                                ? "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-"
                                        + "officedocument.wordprocessingml.settings+xml\"/>"
                                : "")
                        + "</Types>");
        put(
                "_rels/.rels",
                DECL + "<Relationships xmlns=\"" + PKG_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        put("word/document.xml", document(body));
        put(
                "word/_rels/document.xml.rels",
                DECL + "<Relationships xmlns=\"" + PKG_RELS + "\">"
                        + (settings
                                ? "<Relationship Id=\"rIdS\" Type=\"" + REL + "settings\" Target=\"settings.xml\"/>"
                                : "")
                        + "</Relationships>");
        if (settings) {
            put("word/settings.xml", DECL + "<w:settings " + NS + "><w:attachedTemplate r:id=\"rIdT\"/></w:settings>");
        }
    }

    /** A paragraph of plain text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** {@code depth} loops over the root list {@code goals}, each in the one before, around one paragraph. */
    static HostileDocx nestedLoops(int depth) {
        return new HostileDocx(
                p("{{#goals}}").repeat(depth)
                        + p("{{cover.sealingUnit}}：目标")
                        + p("{{/goals}}").repeat(depth),
                false);
    }

    /** {@code depth} loops over {@code goals} around a paragraph of {@code kilobytes} KB of text. */
    static HostileDocx repeatedText(int depth, int kilobytes) {
        String text = "绩效".repeat(kilobytes * 1024 / 6);
        return new HostileDocx(
                p("{{#goals}}").repeat(depth) + p(text) + p("{{/goals}}").repeat(depth), false);
    }

    /** A body of simple fields with these (unescaped) instructions. */
    static HostileDocx fields(String... instructions) {
        StringBuilder body = new StringBuilder(p("{{cover.sealingUnit}}"));
        for (String instr : instructions) {
            body.append("<w:p><w:fldSimple w:instr=\"")
                    .append(instr.replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("\"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>");
        }
        return new HostileDocx(body.toString(), false);
    }

    /** word/settings.xml attaching {@code target}, from a relationships part named {@code relsName}, in {@code charset}. */
    static HostileDocx attaching(String target, String relsName, Charset charset) {
        HostileDocx d = new HostileDocx(p("{{cover.sealingUnit}}"), true);
        d.parts.put(
                relsName,
                ("<Relationships xmlns=\"" + PKG_RELS + "\"><Relationship Id=\"rIdT\" Type=\"" + REL
                                + "attachedTemplate\" Target=\"" + target
                                + "\" TargetMode=\"External\"/></Relationships>")
                        .getBytes(charset));
        return d;
    }

    static HostileDocx attaching(String target) {
        return attaching(target, SETTINGS_RELS, StandardCharsets.UTF_8);
    }

    /** The document part with a DOCTYPE reading a local file, in {@code charset} without a byte-order mark. */
    static HostileDocx doctypeIn(Charset charset) {
        HostileDocx d = new HostileDocx(p("x"), false);
        d.parts.put(
                "word/document.xml",
                ("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + NS
                                + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(charset));
        return d;
    }

    private static String document(String body) {
        return DECL + "<w:document " + NS + "><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
    }

    private void put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
