// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.RenderLimits;
import org.jixiao.testing.OoxmlSchemas;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped official template against GB/T 9704-2012 and against the data it renders. */
class OfficialTemplateTest {
    private static final byte[] DOCX = OfficialTemplate.OVERALL_SELF_EVALUATION.docx();

    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    /** The XML of style {@code id} in styles.xml. */
    private static String style(String id) throws IOException {
        Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"" + id + "\".*?</w:style>", Pattern.DOTALL)
                .matcher(part(DOCX, "word/styles.xml"));
        assertTrue(m.find(), "no style " + id);
        return m.group();
    }

    private static int mmToTwips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    @Test
    void officialTemplatesRenderWithTheDefaultLimits() {
        for (OfficialTemplate t : OfficialTemplate.values()) {
            assertEquals(RenderLimits.DEFAULT, t.template().limits(), t.name());
        }
    }

    @Test
    void pageIsA4WithTheStandardsMarginsAnd22LinesOf28Characters() throws IOException {
        String document = part(DOCX, "word/document.xml");
        assertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 portrait");
        assertTrue(
                document.contains("<w:pgMar w:top=\"" + mmToTwips(37) + "\" w:right=\"" + mmToTwips(26)
                        + "\" w:bottom=\"" + mmToTwips(35) + "\" w:left=\"" + mmToTwips(28) + "\""),
                "margins 37/26/35/28 mm");
        // the 225 mm text block holds 22 lines: the largest whole-twip pitch that fits 22 is 579 (28.95 pt)
        assertEquals(579, mmToTwips(225) / 22);
        assertTrue(document.contains("w:linePitch=\"579\""));
        assertTrue(style("Normal").contains("<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>"));
        // 28 三号 characters across 156 mm: 16 pt less the 0.25 pt of character spacing
        String defaults = part(DOCX, "word/styles.xml");
        assertTrue(defaults.contains("<w:spacing w:val=\"-5\"/>") && defaults.contains("<w:sz w:val=\"32\"/>"));
        assertTrue(28 * (16 - 0.25) <= 156 / 25.4 * 72, "28 characters fit the line");
    }

    @Test
    void fontsAndSizesAreThoseOfGbT9704() throws IOException {
        String defaults = part(DOCX, "word/styles.xml");
        assertTrue(defaults.contains("w:eastAsia=\"仿宋_GB2312\""), "body 仿宋_GB2312");
        assertTrue(
                style("Title").contains("w:eastAsia=\"方正小标宋简体\"")
                        && style("Title").contains("<w:sz w:val=\"44\"/>")
                        && style("Title").contains("<w:jc w:val=\"center\"/>"),
                "title 二号 方正小标宋简体 centred");
        assertTrue(style("BodyText").contains("w:firstLineChars=\"200\""), "two-character first-line indent");
        assertTrue(style("Heading1").contains("w:eastAsia=\"黑体\""), "一、 黑体");
        assertTrue(style("Heading2").contains("w:eastAsia=\"楷体_GB2312\""), "（一） 楷体_GB2312");
        assertTrue(style("Heading3").contains("<w:b/>") && style("Heading4").contains("<w:b/>"), "1. and （1） bold 仿宋");
        assertTrue(
                style("PageNumber").contains("<w:sz w:val=\"28\"/>")
                        && style("PageNumber").contains("w:eastAsia=\"宋体\""),
                "page numbers 四号 宋体");
        assertTrue(
                style("AttachmentLabel").contains("<w:pageBreakBefore/>")
                        && style("AttachmentLabel").contains("黑体"),
                "附件 on a new page, 黑体");
    }

    /** Word refuses children out of schema order that LibreOffice opens, e.g. w:jc before w:ind. */
    @Tag("issue-11")
    @Test
    void everyPartIsValidAgainstTheSchemasWordEnforces() {
        OoxmlSchemas.assertValid(DOCX);
    }

    @Test
    void pageNumbersAreDashedOddRightEvenLeft() throws IOException {
        assertTrue(part(DOCX, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
        String odd = part(DOCX, "word/footer1.xml");
        String even = part(DOCX, "word/footer2.xml");
        assertTrue(odd.contains("<w:jc w:val=\"right\"/>") && odd.contains("— ") && odd.contains(" PAGE "));
        assertTrue(even.contains("<w:jc w:val=\"left\"/>") && even.contains(" —"));
    }

    @Test
    void scoreSheetHeaderRepeatsOnEveryPage() throws IOException {
        Matcher header = Pattern.compile(
                        "<w:tr>\\s*<w:trPr>\\s*<w:tblHeader/>\\s*</w:trPr>\\s*<w:tc>.*?一级指标（分值）", Pattern.DOTALL)
                .matcher(part(DOCX, "word/document.xml"));
        assertTrue(header.find());
    }

    @Test
    void templateLintsCleanAgainstTheReportDataSchema() {
        // every path it places exists, every loop is over a list, every format fits, every required field is placed
        for (OfficialTemplate t : OfficialTemplate.values()) {
            assertEquals(
                    List.of(),
                    t.template().lint(Reports.dataSchema()).stream()
                            .map(p -> p.describe(Lang.EN))
                            .toList(),
                    t.name());
        }
    }

    @Test
    void lintSeesWhatTheOfficialTemplateWouldMissWithoutTheDerivedFigures() {
        // against the plain report schema the derived texts are unknown paths: the additions are what make it clean
        assertTrue(
                OfficialTemplate.OVERALL_SELF_EVALUATION.template().lint(org.jixiao.json.ReportJson.schema()).stream()
                        .anyMatch(p -> p.value().contains("document.coverLines")));
        assertTrue(
                OfficialTemplate.OVERALL_SELF_EVALUATION.template().lint(org.jixiao.json.ReportJson.schema()).stream()
                        .anyMatch(p -> p.value().contains("{{#body}}")));
    }

    /** An administrator re-saves the template in LibreOffice: it still compiles and renders. */
    @Test
    void templateResavedByLibreOfficeStillCompiles(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/soffice")),
                "LibreOffice not installed: apt-get install libreoffice-writer-nogui");
        Path original = dir.resolve("in").resolve("official.docx");
        Files.createDirectories(original.getParent());
        Files.write(original, DOCX);
        Path outDir = dir.resolve("out");
        Process p = new ProcessBuilder(List.of(
                        "soffice",
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "docx:MS Word 2007 XML",
                        "--outdir",
                        outDir.toString(),
                        original.toString()))
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0, log);
        DocxTemplate resaved = DocxTemplate.compile(Files.newInputStream(outDir.resolve("official.docx")));
        assertTrue(
                resaved.fields().size() > 100,
                "the placeholders survive: " + resaved.fields().size());
    }
}
