// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small .docx packages for the checker's tests: a valid minimal package whose entries can be
 * replaced or added, each as written (so each test shows exactly the XML it checks).
 */
public final class Docx {
    public static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    public static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    public static final String MC = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    public static final String W14 = "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, String> entries = new LinkedHashMap<>();

    private Docx() {
        entries.put(
                "[Content_Types].xml",
                DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/settings.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                        + "</Types>");
        entries.put(
                "_rels/.rels",
                DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\""
                        + " Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
                        + " Target=\"docProps/core.xml\"/>"
                        + "</Relationships>");
        entries.put("word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
        entries.put(
                "word/_rels/document.xml.rels",
                DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "settings\" Target=\"settings.xml\"/>"
                        + "</Relationships>");
        entries.put(
                "word/settings.xml",
                DECL + "<w:settings " + W + "><w:defaultTabStop w:val=\"640\"/><w:evenAndOddHeaders/></w:settings>");
        entries.put("docProps/core.xml", core("<dc:title>整体绩效自评报告</dc:title>"));
    }

    /** A valid minimal package: document, settings, core properties, their relationships and content types. */
    public static Docx minimal() {
        return new Docx();
    }

    /** A main document part whose body holds {@code body}, declaring w, w14 and mc. */
    public static String document(String body) {
        return DECL + "<w:document " + W + " " + W14 + " " + MC + " mc:Ignorable=\"w14\"><w:body>" + body
                + "</w:body></w:document>";
    }

    /** A core-properties part holding {@code inner}, declaring cp, dc, dcterms and xsi. */
    public static String core(String inner) {
        return DECL + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + inner + "</cp:coreProperties>";
    }

    /** Sets entry {@code name} to {@code content}, replacing a standard one or adding a new one. */
    public Docx with(String name, String content) {
        entries.put(name, content);
        return this;
    }

    /** The current content of entry {@code name}. */
    public String entry(String name) {
        return entries.get(name);
    }

    public Docx without(String name) {
        entries.remove(name);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
