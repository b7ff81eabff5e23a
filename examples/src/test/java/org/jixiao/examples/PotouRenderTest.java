// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.report.Budget;
import org.jixiao.report.Expenditure;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.testing.OoxmlSchemas;
import org.jixiao.testing.docx.DocxText;
import org.jixiao.validation.ReportFixer;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Potou example through the official template: what a reviewer of the document would check. */
class PotouRenderTest {
    private static final Report POTOU = PotouExample.report();

    private static byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(report, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), out);
        return out.toByteArray();
    }

    @Test
    void rendersWithWarningsOnly() {
        ValidationResult result =
                Reports.render(POTOU, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), new ByteArrayOutputStream());
        assertFalse(result.hasErrors());
        assertFalse(result.warnings().isEmpty(), "the seed's defects are reported as warnings");
    }

    /** The reference report as Word will read it: every part valid, children in schema order. */
    @Tag("issue-11")
    @Test
    void everyPartIsValidAgainstTheSchemasWordEnforces() {
        OoxmlSchemas.assertValid(render(POTOU));
    }

    @Test
    void documentIsAsApproved() {
        Approvals.verify(DocxText.canonical(render(POTOU)));
    }

    @Test
    void nothingOfTheReportIsLost() throws IOException {
        String text = String.join("\n", RenderedDocument.paragraphs(render(POTOU)));
        List<String> missing = new ArrayList<>();
        // numbering typed where the template numbers is left out on purpose (typedNumberingIsNotPrintedTwice)
        Map<String, Object> tree = ReportTree.of(ReportFixer.withoutManualNumbering(POTOU));
        tree.remove("description"); // a note about the data, never printed
        collectTexts(tree, "", missing, text);
        assertEquals(List.of(), missing, "every text value of the report must appear in the document");
    }

    private static void collectTexts(Object node, String path, List<String> missing, String text) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectTexts(v, path + "/" + k, missing, text));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectTexts(list.get(i), path + "/" + i, missing, text);
            }
        } else if (node instanceof String s && !isCode(s) && !text.contains(s)) {
            missing.add(path + " = " + s);
        } else if (node instanceof BigDecimal d && !text.contains(d.toPlainString())) {
            missing.add(path + " = " + d.toPlainString());
        }
    }

    /** Enum constants and ISO dates are printed as labels and Chinese dates, not as themselves. */
    private static boolean isCode(String s) {
        return s.matches("[A-Z_]+") || s.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @Tag("issue-11")
    void typedNumberingIsNotPrintedTwice() throws IOException {
        String title = POTOU.profile().functions().get(0).title();
        assertTrue(title.startsWith("1、1、11贯彻执行"), title);
        List<String> paragraphs = RenderedDocument.paragraphs(render(POTOU));
        assertTrue(
                paragraphs.stream().anyMatch(p -> p.startsWith("1.贯彻执行国家、省、市和区有关民政工作的方针政策")),
                "the generated number only");
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("1、1、11")), "the typed numbering is left out");
    }

    @Test
    void computedFiguresArePrintedNotTheStatedOnes() throws IOException {
        String text = String.join("\n", RenderedDocument.paragraphs(render(POTOU)));
        assertTrue(text.contains("完成率88.48%"), "1951 ÷ 2205");
        assertFalse(text.contains("85%"), "the stated 85% never reaches the page");
        assertTrue(text.contains("预决算差异率为96.21%"));
        assertTrue(text.contains("公用经费控制率为43.18%，节约47.74万元"));
        assertTrue(text.contains("粤民办函【2021】37号"), "free text is printed as written; validation warns about it");
        assertTrue(text.contains("湛坡财〔2023〕80号"));
    }

    @Test
    void renderingIsDeterministic() {
        assertArrayEquals(render(POTOU), render(POTOU));
    }

    @Test
    void aReportWithErrorsIsRefusedAndAnExistingFileIsLeftAlone(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.docx");
        Files.writeString(target, "previous version");
        Expenditure e = POTOU.expenditure();
        Budget wrong = new Budget(
                Money.tenThousandYuan("4659.18"), e.budget().basic(), e.budget().project());
        Report broken = withExpenditure(
                POTOU, new Expenditure(wrong, e.finalAccounts(), e.publicFunds(), e.threePublicExpenses()));

        InvalidReportException refused = assertThrows(
                InvalidReportException.class,
                () -> Reports.render(broken, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), target));

        assertTrue(
                refused.result().errors().stream().anyMatch(p -> p.path().startsWith("/expenditure/budget")),
                refused.result().describe(org.jixiao.Lang.EN));
        assertEquals("previous version", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void writingAFileReplacesItWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.docx");
        Files.writeString(target, "previous version");
        Reports.render(POTOU, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), target);
        assertArrayEquals(render(POTOU), Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aWrittenFileGetsTheUsualPermissionsNotATemporaryFilesOwnerOnlyOnes(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system only");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("report.docx");
        Reports.render(POTOU, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), target);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    static Report withExpenditure(Report r, Expenditure e) {
        return new Report(
                r.description(),
                r.cover(),
                r.profile(),
                r.keyTasks(),
                r.goals(),
                e,
                r.selfEvaluation(),
                r.result(),
                r.indicatorAnalysis(),
                r.problems(),
                r.improvements(),
                r.resultApplication(),
                r.otherMatters(),
                r.scoreSheet());
    }
}
