// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Image values: {@code {{x|image}}} writes a PNG or JPEG from the data as an inline picture. */
@Tag("issue-13")
class ImagesTest {
    private static final String RELS = "word/_rels/document.xml.rels";
    private static final long EMU_PER_PX_AT_96_DPI = 9_525;
    private static final long EMU_PER_MM = 36_000;

    private static String doc(byte[] docx) {
        return Output.xml(docx, "word/document.xml");
    }

    private static List<String> all(String regex, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aPictureFromDataBecomesAnInlineDrawingWithItsMediaPartRelationshipAndContentType() {
        byte[] png = Pictures.png(200, 100);
        byte[] out = render(compileBody(p("图1：{{chart|image}}")), Map.of("chart", Image.of(png)));
        assertArrayEquals(png, Output.entries(out).get("word/media/jixiao-image1.png"));
        String rels = Output.xml(out, RELS);
        assertTrue(
                rels.contains("<Relationship Id=\"rIdJx1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/relationships/image\" Target=\"media/jixiao-image1.png\"/>"),
                rels);
        String types = Output.xml(out, "[Content_Types].xml");
        assertTrue(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"), types);
        String xml = doc(out);
        assertTrue(xml.contains("<w:t xml:space=\"preserve\">图1：</w:t><w:drawing><wp:inline"), xml);
        assertTrue(xml.contains("r:embed=\"rIdJx1\""), xml);
        // 96 dpi when the PNG records no resolution: 200 × 100 px = 1,905,000 × 952,500 EMU.
        assertEquals(
                List.of(200 * EMU_PER_PX_AT_96_DPI + "×" + 100 * EMU_PER_PX_AT_96_DPI),
                all("<wp:extent cx=\"(\\d+\" cy=\"\\d+)\"/>", xml).stream()
                        .map(s -> s.replace("\" cy=\"", "×"))
                        .toList());
    }

    @Test
    void sizeComesFromTheDataOrTheFilesResolutionAndNeverExceedsTheTextWidth() {
        DocxTemplate t = compileBody(p("{{a|image}}{{b|image}}{{c|image}}{{d|image}}{{e|image}}"));
        byte[] png = Pictures.png(200, 100);
        byte[] out = render(
                t,
                Map.of(
                        "a",
                        new Image(png, 80, 0), // height follows the proportions: 40 mm
                        "b",
                        new Image(png, 30, 30), // both given: as given
                        "c",
                        Image.of(Pictures.pngAt(600, 300, 300)), // 2 × 1 inch at 300 dpi
                        "d",
                        Image.of(Pictures.png(3000, 1000)), // 793.75 mm at 96 dpi: text width
                        "e",
                        new Image(Pictures.jpegAt(300, 150, 150), 0, 25))); // 25 mm high, width follows
        List<String> extents = all("<wp:extent (cx=\"\\d+\" cy=\"\\d+\")/>", doc(out));
        long textWidth = 156 * EMU_PER_MM; // no page margins in the template: A4 with GB/T 9704's
        assertEquals(
                List.of(
                        "cx=\"" + 80 * EMU_PER_MM + "\" cy=\"" + 40 * EMU_PER_MM + "\"",
                        "cx=\"" + 30 * EMU_PER_MM + "\" cy=\"" + 30 * EMU_PER_MM + "\"",
                        "cx=\"1828800\" cy=\"914400\"",
                        "cx=\"" + textWidth + "\" cy=\"" + textWidth / 3 + "\"",
                        "cx=\"" + 50 * EMU_PER_MM + "\" cy=\"" + 25 * EMU_PER_MM + "\""),
                extents);
    }

    @Test
    void aJpegIsPrintedAtTheResolutionItRecords() {
        byte[] out = render(compileBody(p("{{x|image}}")), Map.of("x", Image.of(Pictures.jpegAt(300, 150, 150))));
        assertEquals(List.of("cx=\"1828800\" cy=\"914400\""), all("<wp:extent (cx=\"\\d+\" cy=\"\\d+\")/>", doc(out)));
        assertTrue(Output.entries(out).containsKey("word/media/jixiao-image1.jpeg"));
    }

    @Test
    void theTextWidthIsThePageWidthLessItsMargins() {
        String sect = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\""
                + " w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";
        byte[] docx = TestDocx.docx().body(p("{{x|image}}") + sect).bytes();
        byte[] out = render(compile(docx), Map.of("x", Image.of(Pictures.png(2000, 1000))));
        long width = (11906 - 1800 - 1800) * 635L;
        assertEquals(
                List.of("cx=\"" + width + "\" cy=\"" + width / 2 + "\""),
                all("<wp:extent (cx=\"\\d+\" cy=\"\\d+\")/>", doc(out)));
    }

    @Test
    void aPictureTakesTheTextWidthOfItsOwnSection() {
        // a portrait A4 section ended by a paragraph, then a landscape one (the body's own sectPr)
        String portrait = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\""
                + " w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\""
                + " w:gutter=\"0\"/></w:sectPr>";
        String landscape = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar"
                + " w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\""
                + " w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";
        String body = p("{{x|image}}") + "<w:p><w:pPr>" + portrait + "</w:pPr>" + r("{{x|image}}") + "</w:p>"
                + p("{{x|image}}") + landscape;
        byte[] out =
                render(compile(TestDocx.docx().body(body).bytes()), Map.of("x", Image.of(Pictures.png(4000, 1000))));
        long narrow = (11906 - 1800 - 1800) * 635L;
        long wide = (16838 - 1440 - 1440) * 635L;
        assertEquals(
                List.of(
                        "cx=\"" + narrow + "\" cy=\"" + Math.round(narrow / 4.0) + "\"",
                        "cx=\"" + narrow + "\" cy=\"" + Math.round(narrow / 4.0) + "\"",
                        "cx=\"" + wide + "\" cy=\"" + Math.round(wide / 4.0) + "\""),
                all("<wp:extent (cx=\"\\d+\" cy=\"\\d+\")/>", doc(out)));
    }

    @Test
    void aPictureInAHeaderTakesTheTextWidthOfTheSectionThatUsesIt() {
        String landscape = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
                + "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1440\""
                + " w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\" w:footer=\"992\""
                + " w:gutter=\"0\"/></w:sectPr>";
        byte[] template = TestDocx.docx()
                .body(p("正文") + landscape)
                .header("rIdH", "header1.xml", p("{{logo|image}}"))
                .footer("rIdF", "footer1.xml", p("{{logo|image}}"))
                .header("rIdOther", "header2.xml", p("{{logo|image}}"))
                .bytes();
        byte[] out = render(compile(template), Map.of("logo", Image.of(Pictures.png(8000, 1000))));
        long wide = (16838 - 1440 - 1440) * 635L;
        long fallback = 156 * EMU_PER_MM; // a header no section refers to
        String extent = "<wp:extent (cx=\"\\d+\" cy=\"\\d+\")/>";
        Map<String, byte[]> entries = Output.entries(out);
        assertEquals(
                List.of("cx=\"" + wide + "\" cy=\"" + Math.round(wide / 8.0) + "\""),
                all(extent, new String(entries.get("word/header1.xml"), StandardCharsets.UTF_8)));
        assertEquals(
                List.of("cx=\"" + wide + "\" cy=\"" + Math.round(wide / 8.0) + "\""),
                all(extent, new String(entries.get("word/footer1.xml"), StandardCharsets.UTF_8)));
        assertEquals(
                List.of("cx=\"" + fallback + "\" cy=\"" + Math.round(fallback / 8.0) + "\""),
                all(extent, new String(entries.get("word/header2.xml"), StandardCharsets.UTF_8)));
    }

    @Test
    void picturesInALoopAndTheTemplatesOwnDrawingsGetUniqueIdsNamesAndRelationships() {
        String body = "<w:p>" + r("{{#charts}}") + drawing("模板图") + r("{{.|image}}{{/charts}}") + "</w:p>";
        List<Image> charts = List.of(
                Image.of(Pictures.png(10, 10)), Image.of(Pictures.jpeg(20, 10)), Image.of(Pictures.png(30, 10)));
        byte[] out = render(compileBody(body), Map.of("charts", charts));
        String xml = doc(out);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), all("<wp:docPr id=\"(\\d+)\"", xml));
        assertEquals(List.of("rIdJx1", "rIdJx2", "rIdJx3"), all("r:embed=\"([^\"]+)\"", xml));
        Map<String, byte[]> entries = Output.entries(out);
        assertArrayEquals(charts.get(1).bytes(), entries.get("word/media/jixiao-image2.jpeg"));
        assertArrayEquals(charts.get(2).bytes(), entries.get("word/media/jixiao-image3.png"));
        String types = Output.xml(out, "[Content_Types].xml");
        assertTrue(types.contains("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"), types);
        assertEquals(1, types.split("Extension=\"png\"", -1).length - 1, types);
    }

    @Test
    void namesAndIdsTheTemplateAlreadyUsesAreLeftAlone() {
        byte[] docx = TestDocx.docx()
                .body(p("{{x|image}}"))
                .relationship("<Relationship Id=\"rIdJx1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/relationships/image\" Target=\"media/jixiao-image1.png\"/>")
                .part("word/media/jixiao-image1.png", "not the data's picture")
                .replace(
                        "[Content_Types].xml",
                        TestDocx.DECL
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Default Extension=\"PNG\" ContentType=\"image/png\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                                + "</Types>")
                .bytes();
        byte[] png = Pictures.png(8, 8);
        byte[] out = render(compile(docx), Map.of("x", Image.of(png)));
        assertTrue(doc(out).contains("r:embed=\"rIdJxx1\""), doc(out));
        assertArrayEquals(png, Output.entries(out).get("word/media/jixiao-image2.png"));
        String types = Output.xml(out, "[Content_Types].xml");
        assertEquals(1, types.toLowerCase(java.util.Locale.ROOT).split("extension=\"png\"", -1).length - 1, types);
    }

    @Test
    void aHeaderWithoutRelationshipsGetsARelationshipsPart() {
        byte[] out = render(
                compile(docx(p("正文"), p("{{logo|image}}"), null)), Map.of("logo", Image.of(Pictures.png(40, 20))));
        String rels = Output.xml(out, "word/_rels/header1.xml.rels");
        assertTrue(rels.contains("Id=\"rIdJx1\"") && rels.contains("Target=\"media/jixiao-image1.png\""), rels);
        assertTrue(Output.entries(out).containsKey("word/media/jixiao-image1.png"));
    }

    @Test
    void anythingButPngOrJpegIsRefusedWithItsDataPath() {
        DocxTemplate t = compileBody(p("{{#charts}}{{.|image}}{{/charts}}") + p("{{cover|image}}"));
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] truncatedPng = Arrays.copyOf(Pictures.png(10, 10), 20);
        TemplateDataException e = assertThrows(
                TemplateDataException.class,
                () -> renderUnchecked(
                        t,
                        Map.of(
                                "charts",
                                List.of(
                                        Image.of(Pictures.png(5, 5)),
                                        Image.of(gif),
                                        Image.of(truncatedPng),
                                        Image.of(Arrays.copyOf(Pictures.jpeg(10, 10), 12))),
                                "cover",
                                Image.of(pdf))));
        assertEquals(
                List.of(
                        "data.image.unsupported /charts/1",
                        "data.image.unsupported /charts/2",
                        "data.image.unsupported /charts/3",
                        "data.image.unsupported /cover"),
                e.problems().stream()
                        .map(p -> p.code() + " " + p.path())
                        .sorted()
                        .toList());
        Problem gifProblem = e.problems().stream()
                .filter(p -> p.path().equals("/charts/1"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "charts[1] is not a PNG or JPEG picture (its first bytes are 47 49 46 38 39 61 01 00); give a PNG or"
                        + " JPEG file, e.g. export the chart as PNG.",
                gifProblem.messageEn());
        assertTrue(gifProblem.messageZh().startsWith("charts[1] 不是 PNG 或 JPEG 图片"), gifProblem.messageZh());
    }

    @Test
    void aValueThatIsNoImageOrMissingIsADataProblemAtItsPlace() {
        DocxTemplate t = compileBody(p("{{a|image}}") + p("{{b|image}}") + p("{{c}}"));
        TemplateDataException e = assertThrows(
                TemplateDataException.class,
                () -> renderUnchecked(t, Map.of("a", "chart.png", "c", Image.of(Pictures.png(2, 2)))));
        assertEquals(
                List.of(
                        "data.value.wrong-type /a paragraph 1",
                        "data.value.missing /b paragraph 2",
                        "data.value.not-text /c paragraph 3"),
                e.problems().stream()
                        .map(p -> p.code() + " " + p.path() + " " + p.template().location())
                        .toList());
        assertTrue(
                e.problems().get(0).messageEn().contains("needs an image (Image)"),
                e.problems().get(0).messageEn());
    }

    @Test
    void pictureBytesCountTowardsTheOutputLimit() {
        byte[] png = Pictures.png(400, 400);
        DocxTemplate t = DocxTemplate.compile(
                new ByteArrayInputStream(docx(p("{{x|image}}"))), new RenderLimits(8, 1_000, png.length));
        // The document's XML and a one-pixel picture fit in the budget; the large picture does not.
        render(t, Map.of("x", Image.of(Pictures.png(1, 1))));
        TemplateDataException e =
                assertThrows(TemplateDataException.class, () -> renderUnchecked(t, Map.of("x", Image.of(png))));
        assertEquals(
                "data.limit.output-size",
                e.problems().get(e.problems().size() - 1).code());
    }

    @Test
    void outputIsByteIdenticalAcrossRendersAndThreads() throws Exception {
        DocxTemplate t = compile(
                docx(p("{{#charts}}{{.|image}}{{/charts}}"), p("{{logo|image}}"), p("{{?x}}{{x|image}}{{/x}}")));
        Map<String, ?> data = Map.of(
                "charts", List.of(Image.of(Pictures.png(30, 20)), Image.of(Pictures.jpeg(20, 30))),
                "logo", Image.of(Pictures.png(16, 16)));
        byte[] first = render(t, data);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(pool.submit(() -> renderUnchecked(t, data)));
            }
            for (Future<byte[]> f : renders) {
                assertArrayEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fieldsAndLintKnowImagePlaceholders() {
        DocxTemplate t = compileBody(p("{{#charts}}{{.|image}}{{/charts}}{{cover | image}}"));
        List<TemplateField> f = t.fields();
        assertEquals(TemplateField.Kind.IMAGE, f.get(1).kind());
        assertEquals(List.of("charts"), f.get(1).loops());
        assertEquals("image", f.get(2).format());
        String schema =
                "{\"type\":\"object\",\"properties\":{\"charts\":{\"type\":\"array\",\"items\":{\"type\":\"object\"}},"
                        + "\"cover\":{\"type\":\"object\"}}}";
        assertEquals(List.of(), t.lint(schema));
    }

    @Test
    void anImageTakesNoOtherOption() {
        TemplateException e = assertThrows(
                TemplateException.class, () -> compileBody(p("{{a|image|amount}}{{b|merge|image}}{{c|link|image}}")));
        assertEquals(
                List.of("template.formatter.multiple", "template.formatter.multiple", "template.formatter.multiple"),
                e.problems().stream().map(Problem::code).toList());
    }
}
