// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .docx templates from XML strings, and renders them. Every render is checked against the
 * schemas Word enforces ({@link Output#check}), so what is built here must be valid too: a drawing has
 * its {@code a:graphic}, revision ids are four bytes, properties keep schema order. The deliberately
 * broken packages of the preflight, zip and compile-error tests are expected to be rejected, so none
 * of them renders.
 */
final class Fixture {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"w14\"";
    static final String SECT = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";

    private Fixture() {}

    /** A paragraph of one plain run per argument. */
    static String p(String... runs) {
        StringBuilder sb = new StringBuilder("<w:p>");
        for (String r : runs) {
            sb.append(r(r));
        }
        return sb.append("</w:p>").toString();
    }

    /** A plain run. */
    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    /** A bold run. */
    static String b(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    /** A table row of cells, each one paragraph of text. */
    static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        for (String c : cells) {
            sb.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>")
                    .append(p(c))
                    .append("</w:tc>");
        }
        return sb.append("</w:tr>").toString();
    }

    /**
     * An inline drawing with id 7 and name {@code name}: the smallest one the schema accepts (extent,
     * properties, and a graphic frame whose data is left empty).
     */
    static String drawing(String name) {
        return "<w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"7\" name=\"" + name + "\"/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
    }

    static String table(String... rows) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
                + "</w:tblGrid>" + String.join("", rows) + "</w:tbl>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] docx(String body) {
        return docx(body, null, null);
    }

    /** A package with {@code body} in the main document and optionally a header and a footer (their inner XML). */
    static byte[] docx(String body, String header, String footer) {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        String sectRefs = "";
        if (header != null) {
            types.append(
                    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>");
            rels.append(
                    "<Relationship Id=\"rIdH1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>");
            parts.put(
                    "word/header1.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr " + NS + ">" + header
                            + "</w:hdr>");
            sectRefs += "<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>";
        }
        if (footer != null) {
            types.append(
                    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>");
            rels.append(
                    "<Relationship Id=\"rIdF1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
            parts.put(
                    "word/footer1.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr " + NS + ">" + footer
                            + "</w:ftr>");
            sectRefs += "<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>";
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        String sect = "<w:sectPr>" + sectRefs + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>");
        all.put(
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>" + body
                        + sect + "</w:body></w:document>");
        all.put("word/_rels/document.xml.rels", rels.toString());
        all.putAll(parts);
        return zip(all);
    }

    static byte[] zip(Map<String, String> entries) {
        Map<String, byte[]> b = new LinkedHashMap<>();
        entries.forEach((k, v) -> b.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(b);
    }

    static byte[] zipBytes(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static DocxTemplate compile(byte[] docx) {
        return DocxTemplate.compile(new ByteArrayInputStream(docx));
    }

    static DocxTemplate compileBody(String body) {
        return compile(docx(body));
    }

    /** Renders and checks the output (schema-valid, docx4j opens it, every XML part parses strictly). */
    static byte[] render(DocxTemplate t, Map<String, ?> data) {
        return Output.check(renderUnchecked(t, data));
    }

    static byte[] renderUnchecked(DocxTemplate t, Map<String, ?> data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.render(data, out);
        return out.toByteArray();
    }
}
