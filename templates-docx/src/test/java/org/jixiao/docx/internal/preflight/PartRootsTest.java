// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.docx.TestDocx;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the pre-flight checks that docx4j's load used to: the main document is a Word document, and a
 * part of a known content type holds what that type holds. Cases from Apache POI's OPC compliance
 * test files, which a docx4j load refused and the earlier pre-flight let through.
 */
class PartRootsTest {
    private static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";

    /** A template whose {@code docProps/core.xml} holds {@code inner}. */
    private static byte[] withCore(String inner) {
        String core = TestDocx.DECL
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + inner + "</cp:coreProperties>";
        TestDocx d = TestDocx.docx().body("<w:p/>").part("docProps/core.xml", core);
        Map<String, String> e = d.entries();
        d.replace(
                "[Content_Types].xml",
                e.get("[Content_Types].xml")
                        .replace(
                                "</Types>",
                                "<Override PartName=\"/docProps/core.xml\" ContentType=\"" + CORE_TYPE
                                        + "\"/></Types>"));
        return d.bytes();
    }

    private static List<String> problems(byte[] docx) {
        return TemplatePreflight.check(docx).stream()
                .map(p -> p.code() + " " + p.template().part() + " " + p.value())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<dc:title>t</dc:title><dcterms:created xsi:type=\"dcterms:W3CDTF\">2022-01-01T00:00:00Z</dcterms:created>|",
                "<dc:creator>a</dc:creator><cp:lastModifiedBy>b</cp:lastModifiedBy><cp:revision>2</cp:revision>|",
                "<dcterms:creator>a</dcterms:creator>|<dcterms:creator>",
                "<dcterms:modified xsi:type=\"W3CDTF\">2007-05-12T08:40:00Z</dcterms:modified>|<dcterms:modified>",
                "<title>t</title>|<title>",
            })
    void corePropertiesHoldOnlyTheirElementsAndW3cdtfDates(String inner, String refused) {
        List<String> found = problems(withCore(inner));
        assertEquals(
                refused == null ? List.of() : List.of("template.part.unreadable docProps/core.xml " + refused), found);
    }

    @ParameterizedTest
    @CsvSource({
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml, an Excel workbook",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml, a PowerPoint presentation",
        "application/vnd.openxmlformats-officedocument.themeManager+xml, another kind of Office file",
    })
    void aMainPartOfAnotherContentTypeIsNamedForWhatItIs(String contentType, String kind) {
        List<Problem> found = TemplatePreflight.check(
                TestDocx.docx().mainContentType(contentType).bytes());
        assertEquals(
                List.of("template.package.unreadable"),
                found.stream().map(Problem::code).toList());
        assertTrue(
                found.get(0).messageEn().contains("it is " + kind + ", not a Word document"),
                found.get(0).messageEn());
    }

    @Test
    void aHeaderWhoseRootIsNoHeaderIsRefusedNamingIt() {
        byte[] docx = TestDocx.docx()
                .body("<w:p/>")
                .header("rIdH", "header1.xml", "<w:p/>")
                .bytes();
        assertEquals(List.of(), problems(docx));
        byte[] wrong = TestDocx.docx()
                .body("<w:p/>")
                .related(
                        "rIdH",
                        "header",
                        "word/header1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                        TestDocx.wrap("w:ftr", "<w:p/>"))
                .bytes();
        assertEquals(List.of("template.part.unreadable word/header1.xml <w:ftr>"), problems(wrong));
    }

    @Test
    void thePackageValueNamesTheMainDocumentItsHeadersAndFootersAsTheZipDoes() {
        byte[] docx = TestDocx.docx()
                .body("<w:p/>")
                .header("rIdH", "header1.xml", "<w:p/>")
                .footer("rIdF", "footer1.xml", "<w:p/>")
                .bytes();
        DocxPackage read = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT).docx();
        assertEquals("word/document.xml", read.mainPart());
        assertEquals(List.of("word/header1.xml"), read.headers());
        assertEquals(List.of("word/footer1.xml"), read.footers());
        assertTrue(read.part("WORD/Document.XML") != null, "part names compare without regard to case");
        assertEquals(
                "header",
                read.relationships("word/document.xml").stream()
                        .filter(r -> r.id().equals("rIdH"))
                        .findFirst()
                        .orElseThrow()
                        .type());
    }

    @Test
    void aZipThatCannotBeReadGivesNoPackageValue() {
        assertNull(TemplatePreflight.scan(
                        "not a zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII), PreflightLimits.DEFAULT)
                .docx());
    }
}
