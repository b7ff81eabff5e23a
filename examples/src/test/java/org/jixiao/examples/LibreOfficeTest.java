// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.testing.OoxmlSchemas;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client opens the output: LibreOffice converts the Potou report to PDF, and the PDF has the
 * expected pages and text. Needs {@code soffice} and {@code pdfinfo}/{@code pdftotext} on the PATH
 * (.ci/run installs them); skipped, saying so, where they are missing.
 */
class LibreOfficeTest {

    @Test
    void libreOfficeConvertsThePotouReportToPdf(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled("soffice", "pdfinfo", "pdftotext");
        Path docx = dir.resolve("potou.docx");
        Reports.render(PotouExample.report(), OfficialTemplate.OVERALL_SELF_EVALUATION.template(), docx);

        Path pdf = LibreOffice.toPdf(dir, docx);
        Matcher pages =
                Pattern.compile("Pages:\\s+(\\d+)").matcher(LibreOffice.run(dir, List.of("pdfinfo", pdf.toString())));
        assertTrue(pages.find());
        int count = Integer.parseInt(pages.group(1));
        // 22 lines of 28 characters a page: the body takes about 25 pages, the two attachments about 7
        assertTrue(count >= 26 && count <= 40, "pages: " + count);
        String text = LibreOffice.run(dir, List.of("pdftotext", "-layout", pdf.toString(), "-"));
        String squeezed = text.replaceAll("\\s+", "");
        for (String expected : List.of(
                "整体绩效自评报告",
                "评价年度：2022年度",
                "一、单位基本情况",
                "预决算差异率为96.21%",
                "完成率88.48%",
                "附件1",
                "部门整体支出绩效自评表（评分表）",
                "附件2",
                "—1—")) {
            assertTrue(squeezed.contains(expected), "missing in the PDF: " + expected);
        }
    }

    /**
     * An administrator opens the official template in LibreOffice and saves it again: it still renders
     * the report, and the report is schema-valid although LibreOffice (7.4) writes a section break's
     * {@code w:sectPr} before the paragraph's {@code w:pStyle}: the engine puts properties in schema order.
     */
    @Tag("issue-11")
    @Test
    void templateResavedByLibreOfficeStillRendersAValidPotouReport(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled("soffice");
        Path original = dir.resolve("in").resolve("official.docx");
        Files.createDirectories(original.getParent());
        Files.write(original, OfficialTemplate.OVERALL_SELF_EVALUATION.docx());
        Path resavedDocx = LibreOffice.convert(dir, original, "docx:MS Word 2007 XML", dir.resolve("out"));

        DocxTemplate resaved = DocxTemplate.compile(Files.newInputStream(resavedDocx));
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        Reports.render(PotouExample.report(), resaved, docx);

        String text = String.join("\n", RenderedDocument.paragraphs(docx.toByteArray()));
        for (String expected : List.of("整体绩效自评报告", "湛坡财〔2023〕80号", "预决算差异率为96.21%", "完成率88.48%", "部门整体支出绩效自评数据表")) {
            assertTrue(text.contains(expected), "missing after the re-save: " + expected);
        }
        OoxmlSchemas.assertValid(docx.toByteArray());
    }

    /** The examples of the other outlines open in LibreOffice, with their own headings on the page. */
    @Test
    void libreOfficeConvertsTheOtherOutlinesExamplesToPdf(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled("soffice", "pdftotext");
        Map<ExampleReport, List<String>> expected = Map.of(
                ExampleReport.JINGMEN,
                List.of("一、自评结论", "1.执行率情况。", "预算执行率为186.81%", "附件：2022年度民政部门整体部门自评表", "二、佐证材料"),
                ExampleReport.NATIONAL_SAMPLE,
                List.of("一、部门（单位）概况", "四、绩效指标分析", "（一）投入", "在职人员控制率为100.00%", "附件"));
        for (Map.Entry<ExampleReport, List<String>> e : expected.entrySet()) {
            Report report = e.getKey().report();
            Path docx = dir.resolve(e.getKey().name() + ".docx");
            Reports.render(report, Reports.officialTemplate(report), docx);
            Path pdf = LibreOffice.toPdf(dir, docx);
            String squeezed = LibreOffice.run(dir, List.of("pdftotext", "-layout", pdf.toString(), "-"))
                    .replaceAll("\\s+", "");
            for (String text : e.getValue()) {
                assertTrue(squeezed.contains(text), e.getKey() + ": missing in the PDF: " + text);
            }
        }
    }
}
