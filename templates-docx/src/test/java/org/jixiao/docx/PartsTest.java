// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers, footers, section properties, drawings and other structure around the markers. */
class PartsTest {
    @Test
    void headersAndFootersAreTemplatedToo() {
        byte[] out = render(
                compile(docx(p("正文{{a}}"), p("{{unit}}{{year}}年度"), p("— {{?draft}}草稿{{/draft}} —"))),
                Map.of("a", 1, "unit", "某局", "year", 2024));
        Output.check(out);
        assertEquals("某局2024年度", Output.view(Output.entries(out).get("word/header1.xml")));
        assertEquals("—  —", Output.view(Output.entries(out).get("word/footer1.xml")));
    }

    @Test
    void everyTemplatedPartStartsWithAnXmlDeclaration() {
        byte[] out = render(compile(docx(p("x"), p("h"), p("f"))), Map.of());
        for (String part : List.of("word/document.xml", "word/header1.xml", "word/footer1.xml")) {
            assertTrue(
                    Output.xml(out, part)
                            .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:"),
                    part);
        }
    }

    @Test
    void aHeaderLeftWithoutParagraphsGetsAnEmptyOne() {
        byte[] out = render(compile(docx(p("x"), p("{{?a}}") + p("页眉") + p("{{/a}}"), null)), Map.of());
        assertTrue(Output.xml(out, "word/header1.xml").endsWith("<w:p/></w:hdr>"), Output.xml(out, "word/header1.xml"));
    }

    @Test
    void aCellWhoseLastParagraphIsHiddenStillEndsWithAParagraph() {
        String body = table("<w:tr><w:tc>" + table(row("内")) + p("{{?a}}x{{/a}}") + "</w:tc></w:tr>");
        byte[] out = render(compileBody(body), Map.of());
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(xml.contains("</w:tbl><w:p></w:p></w:tc>"), xml);
    }

    @Test
    void placeholdersInsideHyperlinksAndContentControls() {
        String body = "<w:p><w:hyperlink r:id=\"rId9\">" + r("{{a}}") + "</w:hyperlink><w:sdt><w:sdtPr/><w:sdtContent>"
                + r("{{b}}") + "</w:sdtContent></w:sdt></w:p>";
        assertEquals(
                "12",
                Output.view(Output.entries(render(compileBody(body), Map.of("a", 1, "b", 2)))
                        .get("word/document.xml")));
    }

    @Test
    void rowsAndCellsInsideContentControlsAreTemplated() {
        String body = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"1\"/></w:tblGrid><w:sdt><w:sdtPr/><w:sdtContent>"
                + row("{{#l}}{{.}}", "{{n}}{{/l}}")
                + "</w:sdtContent></w:sdt><w:tr><w:sdt><w:sdtPr/><w:sdtContent><w:tc>" + p("{{n}}")
                + "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>";
        assertEquals(
                "| x | 1 |\n| y | 1 |\n| 1 |",
                Output.text(render(compileBody(body), Map.of("l", List.of("x", "y"), "n", 1))));
    }

    @Test
    void aMarkerWhereNothingIsReplacedIsAnErrorNotPrinted() {
        String field =
                "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"{{url}}\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        TemplateException e =
                org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class, () -> compileBody(field));
        assertEquals(
                "template.placeholder.unsupported-place", e.problems().get(0).code());
        assertEquals("{{url}}", e.problems().get(0).value());
    }

    @Test
    void documentPropertiesComeFromTheData() {
        String core = TestDocx.DECL
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{{unit}}绩效自评报告</dc:title>"
                + "<dc:creator>{{unit}}</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">{{date}}</dcterms:created>"
                + "</cp:coreProperties>";
        TestDocx d = TestDocx.docx().body(p("x")).part("docProps/core.xml", core);
        java.util.Map<String, String> e = d.entries();
        d.replace(
                "[Content_Types].xml",
                e.get("[Content_Types].xml")
                        .replace(
                                "</Types>",
                                "<Override PartName=\"/docProps/core.xml\" "
                                        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"));
        d.replace(
                "_rels/.rels",
                e.get("_rels/.rels")
                        .replace(
                                "</Relationships>",
                                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                                        + "package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"));
        byte[] out = render(compile(d.bytes()), Map.of("unit", "某局 & 所", "date", java.time.LocalDate.of(2025, 3, 31)));
        String xml = Output.xml(out, "docProps/core.xml");
        assertTrue(
                xml.contains("<dc:title>某局 &amp; 所绩效自评报告</dc:title><dc:creator>某局 &amp; 所</dc:creator>"
                        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-31</dcterms:created>"),
                xml);
    }

    @Test
    void sectionPropertiesAreKept() {
        String body = p("{{#l}}") + p("{{.}}") + p("{{/l}}");
        String xml = Output.xml(render(compileBody(body), Map.of("l", List.of("x"))), "word/document.xml");
        assertTrue(xml.contains("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body>"), xml);
    }

    @Test
    void repeatedDrawingsGetUniqueIdsAndRepeatedBookmarksAndParagraphIdsAreDropped() {
        String drawing = Fixture.drawing("图片 7");
        String body =
                "<w:p w14:paraId=\"1A2B3C4D\"><w:bookmarkStart w:id=\"3\" w:name=\"top\"/><w:bookmarkEnd w:id=\"3\"/>"
                        + r("首") + drawing + "</w:p>"
                        + p("{{#l}}")
                        + "<w:p w14:paraId=\"11111111\" w14:textId=\"22222222\"><w:bookmarkStart w:id=\"1\" w:name=\"b\"/>"
                        + r("{{.}}") + drawing
                        + "<w:bookmarkEnd w:id=\"1\"/></w:p>" + p("{{/l}}");
        byte[] out = render(compileBody(body), Map.of("l", List.of("x", "y")));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(
                xml.contains("id=\"1\" name=\"图片 7\"")
                        && xml.contains("id=\"2\" name=\"图片 7\"")
                        && xml.contains("id=\"3\" name=\"图片 7\""),
                xml);
        assertTrue(
                xml.contains("w14:paraId=\"1A2B3C4D\"") && xml.contains("w:name=\"top\""),
                "outside loops nothing changes: " + xml);
        assertFalse(xml.contains("11111111") || xml.contains("22222222") || xml.contains("w:name=\"b\""), xml);
        Output.check(out);
    }

    @Test
    void noDataRoundTripKeepsTheDocumentAsWritten() {
        String body =
                "<w:p w:rsidR=\"00AB12CD\"><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/>"
                        + "<w:sz w:val=\"32\"/></w:rPr><w:t>标题 &amp; 说明</w:t></w:r></w:p>" + table(row("a", "b"));
        byte[] template = docx(body);
        byte[] out = render(compile(template), Map.of());
        String in = new String(Output.entries(template).get("word/document.xml"), StandardCharsets.UTF_8);
        String got = Output.xml(out, "word/document.xml");
        assertEquals(in.substring(in.indexOf("<w:document")), got.substring(got.indexOf("<w:document")));
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels")) {
            assertEquals(
                    new String(Output.entries(template).get(part), StandardCharsets.UTF_8),
                    Output.xml(out, part),
                    part);
        }
    }

    @Test
    void aTemplateSavedAsDotxRendersADocument() {
        byte[] template = docx(p("x"));
        Map<String, byte[]> e = new java.util.LinkedHashMap<>(Output.entries(template));
        e.put(
                "[Content_Types].xml",
                new String(e.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                        .replace("document.main+xml", "template.main+xml")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] out = render(compile(Fixture.zipBytes(e)), Map.of());
        assertTrue(Output.xml(out, "[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
    }

    @Test
    void textBoxesAreTemplated() {
        String box = "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + p("框内{{a}}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        byte[] out = render(compileBody("<w:p>" + r("外") + box + "</w:p>"), Map.of("a", "值"));
        assertTrue(
                Output.xml(out, "word/document.xml").contains("框内</w:t><w:t xml:space=\"preserve\">值"),
                Output.xml(out, "word/document.xml"));
    }
}
