// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small .docx packages from XML strings for tests. Starts as a minimal valid package
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, {@code word/document.xml} and its rels); parts
 * given as inner XML are wrapped in their root element with the usual namespaces.
 */
public final class TestDocx {
    public static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    public static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private String body = "<w:p><w:r><w:t>正文</w:t></w:r></w:p>";
    private final List<String> rels = new ArrayList<>();
    private final List<String> overrides = new ArrayList<>();
    private final Map<String, String> parts = new LinkedHashMap<>();
    private final Map<String, String> replaced = new LinkedHashMap<>();
    private String mainContentType = WML + "document.main+xml";

    public static TestDocx docx() {
        return new TestDocx();
    }

    /** The {@code w:body} content. */
    public TestDocx body(String innerXml) {
        this.body = innerXml;
        return this;
    }

    public TestDocx header(String rId, String file, String innerXml) {
        return related(rId, "header", "word/" + file, WML + "header+xml", wrap("w:hdr", innerXml));
    }

    public TestDocx footer(String rId, String file, String innerXml) {
        return related(rId, "footer", "word/" + file, WML + "footer+xml", wrap("w:ftr", innerXml));
    }

    public TestDocx styles(String innerXml) {
        return related("rIdStyles", "styles", "word/styles.xml", WML + "styles+xml", wrap("w:styles", innerXml));
    }

    public TestDocx settings(String innerXml) {
        return related(
                "rIdSettings", "settings", "word/settings.xml", WML + "settings+xml", wrap("w:settings", innerXml));
    }

    public TestDocx numbering(String innerXml) {
        return related(
                "rIdNumbering",
                "numbering",
                "word/numbering.xml",
                WML + "numbering+xml",
                wrap("w:numbering", innerXml));
    }

    public TestDocx footnotes(String innerXml) {
        return related(
                "rIdFootnotes",
                "footnotes",
                "word/footnotes.xml",
                WML + "footnotes+xml",
                wrap("w:footnotes", innerXml));
    }

    /** A relationship from the document plus the part and its content-type override. */
    public TestDocx related(String rId, String type, String partName, String contentType, String xml) {
        rels.add("<Relationship Id=\"" + rId + "\" Type=\"" + REL + type + "\" Target=\""
                + partName.substring("word/".length()) + "\"/>");
        overrides.add("<Override PartName=\"/" + partName + "\" ContentType=\"" + contentType + "\"/>");
        parts.put(partName, xml);
        return this;
    }

    /** A relationship from the document only, e.g. an external one. */
    public TestDocx relationship(String xml) {
        rels.add(xml);
        return this;
    }

    /** An extra entry, written as given. */
    public TestDocx part(String name, String content) {
        parts.put(name, content);
        return this;
    }

    /** Replaces a standard entry ({@code [Content_Types].xml}, {@code _rels/.rels}, document or its rels). */
    public TestDocx replace(String name, String content) {
        replaced.put(name, content);
        return this;
    }

    public TestDocx mainContentType(String contentType) {
        this.mainContentType = contentType;
        return this;
    }

    public static String wrap(String root, String innerXml) {
        return DECL + "<" + root + " " + NS + ">" + innerXml + "</" + root + ">";
    }

    /** The entries in write order. */
    public Map<String, String> entries() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put(
                "[Content_Types].xml",
                DECL
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainContentType + "\"/>"
                        + String.join("", overrides) + "</Types>");
        e.put(
                "_rels/.rels",
                DECL
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>");
        e.put("word/document.xml", wrap("w:document", "<w:body>" + body + "</w:body>"));
        e.put(
                "word/_rels/document.xml.rels",
                DECL
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + String.join("", rels) + "</Relationships>");
        e.putAll(parts);
        e.putAll(replaced);
        return e;
    }

    /** The package, written with {@link RawZip}. */
    public byte[] bytes() {
        RawZip zip = new RawZip();
        entries().forEach(zip::add);
        return zip.bytes();
    }
}
