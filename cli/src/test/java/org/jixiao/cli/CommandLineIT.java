// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.report.docx.Reports;
import org.jixiao.testing.docx.DocxText;
import org.jixiao.validation.FixResult;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the runnable jar as a separate process, as a script would run it. Each failure gets a
 * one-line reason on stderr and its exit code, never a stack trace.
 */
class CommandLineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the library finds in the Potou example, in process: the command line must report the same. */
    private static final int POTOU_WARNINGS = JarRun.potouWarnings();

    private static final String POTOU_WROTE = "已生成 potou-2022.docx（" + POTOU_WARNINGS + " 个警告）";

    @TempDir
    Path dir;

    @BeforeAll
    static void quietLibraries() {
        // This JVM compiles templates too (docx4j logs through slf4j-jdk14 on the test class path).
        Logging.configure(/* debug= */ false);
    }

    @Test
    void renderThePotouExampleWritesADocxNamedAfterItInTheCurrentFolder() throws IOException {
        JarRun.potou(dir.resolve("in/potou-2022.json"));
        JarRun run = JarRun.in(dir, "render", "in/potou-2022.json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(POTOU_WROTE, run.outLines().get(0));
        assertEquals(POTOU_WARNINGS + 1, run.outLines().size(), "the line, then one line per warning");
        assertTrue(run.outLines().get(1).startsWith("  警告 /"), run.outLines().get(1));
        String text = DocxText.canonical(Files.readAllBytes(dir.resolve("potou-2022.docx")));
        assertTrue(text.contains("湛江市坡头区民政局"), "the rendered document has the unit's name");
        assertEquals(List.of("in", "potou-2022.docx"), names(dir), "nothing else written, no temporary file left");
    }

    @Test
    void renderWritesWhereOutputSaysInEnglish() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        Files.createDirectory(dir.resolve("out"));
        JarRun run = JarRun.in(dir, "--lang", "en", "render", "potou-2022.json", "-o", "out/report.docx");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "wrote out/report.docx (" + POTOU_WARNINGS + " warning(s))",
                run.outLines().get(0));
        assertTrue(
                run.outLines().get(1).startsWith("  WARNING /"), run.outLines().get(1));
        assertEquals(List.of("report.docx"), names(dir.resolve("out")));
    }

    @Test
    void validateThePotouExampleListsItsWarningsAndExitsZero() {
        JarRun.potou(dir.resolve("potou-2022.json"));
        JarRun run = JarRun.in(dir, "validate", "potou-2022.json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(POTOU_WARNINGS + 1, lines.size());
        assertTrue(lines.subList(0, POTOU_WARNINGS).stream().allMatch(l -> l.startsWith("警告 /")), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "警告 /indicatorAnalysis/benefit/goalAchievement/targets/0/statedCompletionRatePercent [rate.completion-mismatch] "),
                "severity, JSON path, code and message on one line");
        assertEquals("0 个错误，" + POTOU_WARNINGS + " 个警告", lines.get(POTOU_WARNINGS));
    }

    @Test
    void validateAsJsonIsOneObjectScriptsCanRead() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        JarRun run = JarRun.in(dir, "--lang", "en", "validate", "--format", "json", "potou-2022.json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertAll(
                () -> assertEquals("potou-2022.json", result.get("file").asText()),
                () -> assertEquals("valid", result.get("status").asText()),
                () -> assertEquals(0, result.get("errors").asInt()),
                () -> assertEquals(POTOU_WARNINGS, result.get("warnings").asInt()),
                () -> assertEquals(POTOU_WARNINGS, result.get("problems").size()));
        JsonNode rate = StreamSupport.stream(result.get("problems").spliterator(), false)
                .filter(p -> p.get("code").asText().equals("rate.completion-mismatch"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertAll(
                () -> assertEquals(
                        List.of("severity", "code", "path", "value", "suggestion", "message"), fieldNames(rate)),
                () -> assertEquals("WARNING", rate.get("severity").asText()),
                () -> assertEquals("rate.completion-mismatch", rate.get("code").asText()),
                () -> assertEquals(
                        "/indicatorAnalysis/benefit/goalAchievement/targets/0/statedCompletionRatePercent",
                        rate.get("path").asText()),
                () -> assertEquals("88.48%", rate.get("suggestion").asText()),
                () -> assertTrue(
                        rate.get("message").asText().startsWith("The stated completion rate"), rate.toString()));
    }

    @Test
    void aMissingFileIsExit2() {
        JarRun run = JarRun.in(dir, "render", "nowhere.json");
        assertEquals(2, run.exitCode());
        assertEquals("jixiao: 找不到文件 nowhere.json", run.oneLineReason());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void notJsonIsExit2WithLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("notes.json"), "{\n  \"cover\": oops\n}\n", StandardCharsets.UTF_8);
        JarRun zh = JarRun.in(dir, "validate", "notes.json");
        assertEquals(2, zh.exitCode());
        assertTrue(zh.oneLineReason().startsWith("jixiao: notes.json：[json.syntax] 第 2 行第 "), zh.err());
        JarRun en = JarRun.in(dir, "render", "notes.json", "--lang", "en");
        assertEquals(2, en.exitCode());
        assertTrue(en.oneLineReason().startsWith("jixiao: notes.json: [json.syntax] Line 2, column "), en.err());
        assertEquals(List.of("notes.json"), names(dir));
    }

    @Test
    void anUnknownPropertyOrAWrongTypeIsExit2() throws IOException {
        Files.writeString(dir.resolve("typo.json"), "{\"cover\": {\"evaluationYaer\": 2022}}", StandardCharsets.UTF_8);
        JarRun typo = JarRun.in(dir, "--lang", "en", "validate", "typo.json");
        assertEquals(2, typo.exitCode());
        assertTrue(
                typo.oneLineReason()
                        .startsWith(
                                "jixiao: typo.json: [json.unknown-property] Line 1, column 12 (/cover/evaluationYaer)"),
                typo.err());
        Files.writeString(
                dir.resolve("type.json"), "{\"cover\": {\"evaluationYear\": \"2022\"}}", StandardCharsets.UTF_8);
        JarRun type = JarRun.in(dir, "--lang", "en", "validate", "type.json");
        assertEquals(2, type.exitCode());
        assertTrue(
                type.oneLineReason().contains("[json.wrong-type] Line 1, column 30 (/cover/evaluationYear)"),
                type.err());
    }

    @Test
    void anUnreadableReportAsJsonStillGivesOneObjectWithLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("typo.json"), "{\"cover\": {\"evaluationYaer\": 2022}}", StandardCharsets.UTF_8);
        JarRun run = JarRun.in(dir, "validate", "typo.json", "--format=json");
        assertEquals(2, run.exitCode());
        assertEquals("", run.err());
        JsonNode result = JSON.readTree(run.out());
        JsonNode problem = result.get("problems").get(0);
        assertAll(
                () -> assertEquals("unreadable", result.get("status").asText()),
                () -> assertEquals("json.unknown-property", problem.get("code").asText()),
                () -> assertEquals("/cover/evaluationYaer", problem.get("path").asText()),
                () -> assertEquals(1, problem.get("line").asInt()),
                () -> assertEquals(12, problem.get("column").asInt()));
    }

    @Test
    void anInvalidReportIsExit1ListsTheErrorPathAndWritesNothing() throws IOException {
        invalidReport(dir.resolve("invalid.json"));
        JarRun render = JarRun.in(dir, "render", "invalid.json");
        assertEquals(1, render.exitCode());
        render.assertNoStackTrace();
        assertEquals("jixiao: invalid.json：报告有 1 个错误，未生成文档：", render.errLines().get(0));
        assertTrue(render.errLines().get(1).startsWith("  错误 /expenditure/budget/total [budget.total] "), render.err());
        assertEquals("", render.out());
        assertEquals(List.of("invalid.json"), names(dir), "no .docx, no temporary file");

        JarRun validate = JarRun.in(dir, "validate", "invalid.json");
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("错误 /expenditure/budget/total [budget.total] "), validate.out());
        assertEquals(
                "1 个错误，" + warnings(dir.resolve("invalid.json")) + " 个警告",
                validate.outLines().get(validate.outLines().size() - 1),
                "the text's 预决算差异率 96.21% now contradicts the figures too");
    }

    @Test
    void anUnwritableOutputFolderIsExit3() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        Files.writeString(dir.resolve("file.txt"), "not a folder", StandardCharsets.UTF_8);
        JarRun underAFile = JarRun.in(dir, "render", "potou-2022.json", "-o", "file.txt/potou.docx");
        assertEquals(3, underAFile.exitCode());
        assertEquals("jixiao: 无法写入 file.txt/potou.docx：file.txt 不是文件夹", underAFile.oneLineReason());
        JarRun missing = JarRun.in(dir, "--lang", "en", "render", "potou-2022.json", "-o", "no/such/folder/potou.docx");
        assertEquals(3, missing.exitCode());
        assertEquals(
                "jixiao: cannot write no/such/folder/potou.docx: the folder no/such/folder does not exist",
                missing.oneLineReason());
        JarRun batch = JarRun.in(dir, "batch", ".", "-o", "file.txt/out");
        assertEquals(3, batch.exitCode());
        batch.oneLineReason();
        assertEquals(List.of("file.txt", "potou-2022.json"), names(dir));
    }

    @Test
    void renderRefusesToOverwriteItsInput() throws IOException {
        Path report = JarRun.potou(dir.resolve("potou-2022.json"));
        byte[] before = Files.readAllBytes(report);
        JarRun run = JarRun.in(dir, "render", "potou-2022.json", "-o", "potou-2022.json");
        assertEquals(2, run.exitCode());
        run.oneLineReason();
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void fixWritesTheCorrectedReportBesideAndListsTheCorrections() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        FixResult expected;
        try (var in = CommandLineIT.class.getResourceAsStream("/org/jixiao/examples/potou-2022.json")) {
            expected = Reports.fix(ReportJson.read(in));
        }
        JarRun run = JarRun.in(dir, "fix", "potou-2022.json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(
                "已写入 potou-2022.fixed.json（" + expected.fixes().size() + " 处修正）",
                run.outLines().get(0));
        assertEquals(
                expected.describe().lines().map(line -> "  " + line).toList(),
                run.outLines().subList(1, run.outLines().size()));
        assertTrue(run.out().contains("[text.document-number-brackets] …作的通知》（粤民办函【2021】37号）"), run.out());
        assertEquals(
                ReportJson.write(expected.report()),
                Files.readString(dir.resolve("potou-2022.fixed.json"), StandardCharsets.UTF_8));
        assertEquals(List.of("potou-2022.fixed.json", "potou-2022.json"), names(dir), "no temporary file left");

        JarRun again = JarRun.in(dir, "--lang", "en", "fix", "potou-2022.fixed.json", "-o", "again.json");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of("wrote again.json (0 fix(es))"), again.outLines(), "nothing left to correct");
        JarRun validate = JarRun.in(dir, "validate", "potou-2022.fixed.json");
        assertEquals(0, validate.exitCode(), validate.err());
        for (String rule : List.of(
                "manual-numbering",
                "document-number-brackets",
                "half-width-punctuation",
                "variant-character",
                "stray-space")) {
            assertFalse(validate.out().contains("[text." + rule + "]"), validate.out());
        }
    }

    @Test
    void fixRefusesToOverwriteItsInputAndReportsWhatItCannotRead() throws IOException {
        Path report = JarRun.potou(dir.resolve("potou-2022.json"));
        byte[] before = Files.readAllBytes(report);
        JarRun same = JarRun.in(dir, "fix", "potou-2022.json", "-o", "potou-2022.json");
        assertEquals(2, same.exitCode());
        assertEquals("jixiao: 输出文件 potou-2022.json 就是输入文件，请用 -o 另选文件名", same.oneLineReason());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(report, StandardCharsets.UTF_8));
        JarRun missing = JarRun.in(dir, "fix", "missing.json");
        assertEquals(2, missing.exitCode());
        missing.oneLineReason();
        JarRun unwritable = JarRun.in(dir, "fix", "potou-2022.json", "-o", "no/such/folder/out.json");
        assertEquals(3, unwritable.exitCode());
        unwritable.oneLineReason();
        assertEquals(List.of("potou-2022.json"), names(dir));
    }

    @Test
    void renderWithFixRendersTheCorrectedReportAndLeavesTheJsonAlone() throws IOException {
        Path report = JarRun.potou(dir.resolve("potou-2022.json"));
        byte[] before = Files.readAllBytes(report);
        JarRun run = JarRun.in(dir, "render", "potou-2022.json", "--fix");
        assertEquals(0, run.exitCode(), run.err());
        FixResult expected = Reports.fix(ReportJson.read(new ByteArrayInputStream(before)));
        ValidationResult left = Reports.validate(expected.report());
        assertEquals(
                "已生成 potou-2022.docx（" + left.warnings().size() + " 个警告）",
                run.outLines().get(0));
        assertTrue(
                run.out().contains("文档按 --fix 修正了 " + expected.fixes().size() + " 处（potou-2022.json 未改动）："), run.out());
        String text = DocxText.canonical(Files.readAllBytes(dir.resolve("potou-2022.docx")));
        assertTrue(text.contains("粤民办函〔2021〕37号"), "the corrected text is printed");
        assertFalse(text.contains("检査"), "the variant is corrected");
        assertArrayEquals(before, Files.readAllBytes(report));
    }

    @Test
    void pdfWithoutLibreOfficeSaysHowToInstallItAndExits4() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        Path emptyPath = Files.createDirectory(dir.resolve("bin"));
        JarRun run = JarRun.in(dir, Map.of("PATH", emptyPath.toString()), "render", "potou-2022.json", "--pdf");
        assertEquals(4, run.exitCode());
        run.assertNoStackTrace();
        assertEquals(POTOU_WROTE, run.outLines().get(0), "the .docx is still written");
        assertTrue(Files.isRegularFile(dir.resolve("potou-2022.docx")));
        assertTrue(run.errLines().get(0).startsWith("jixiao: 未生成 PDF：找不到 LibreOffice"), run.err());
        assertTrue(run.err().contains("sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk"), run.err());
        assertFalse(Files.exists(dir.resolve("potou-2022.pdf")));
    }

    @Test
    void pdfWithLibreOfficeIsWrittenBesideTheDocx() throws IOException {
        assumeTrue(ExternalProgram.onPath("soffice").isPresent(), "LibreOffice (soffice) is not installed");
        JarRun.potou(dir.resolve("potou-2022.json"));
        JarRun run = JarRun.in(dir, "--lang", "en", "render", "potou-2022.json", "--pdf");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote potou-2022.pdf", run.outLines().get(run.outLines().size() - 1));
        byte[] pdf = Files.readAllBytes(dir.resolve("potou-2022.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(
                List.of("potou-2022.docx", "potou-2022.json", "potou-2022.pdf"),
                names(dir),
                "no LibreOffice work folder left");
    }

    @Test
    void twoConversionsAtOnceBothSucceed() throws Exception {
        assumeTrue(ExternalProgram.onPath("soffice").isPresent(), "LibreOffice (soffice) is not installed");
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        JarRun.potou(a.resolve("potou-2022.json"));
        JarRun.potou(b.resolve("potou-2022.json"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<JarRun> first = pool.submit(() -> JarRun.in(a, "render", "potou-2022.json", "--pdf"));
            Future<JarRun> second = pool.submit(() -> JarRun.in(b, "render", "potou-2022.json", "--pdf"));
            for (Future<JarRun> run : List.of(first, second)) {
                assertEquals(0, run.get().exitCode(), run.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        for (Path folder : List.of(a, b)) {
            assertEquals(List.of("potou-2022.docx", "potou-2022.json", "potou-2022.pdf"), names(folder));
        }
    }

    @Test
    void pngWithoutPdftoppmSaysHowToInstallItAndExits4BeforeConverting() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        JarRun.potou(dir.resolve("potou-2022.json"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        // found on the PATH but never run: jixiao looks for pdftoppm before converting
        Files.createFile(
                bin.resolve("soffice"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        JarRun run = JarRun.in(dir, Map.of("PATH", bin.toString()), "render", "potou-2022.json", "--png");
        assertEquals(4, run.exitCode());
        run.assertNoStackTrace();
        assertEquals(POTOU_WROTE, run.outLines().get(0), "the .docx is still written");
        assertTrue(run.errLines().get(0).startsWith("jixiao: 未生成页面图片：找不到 pdftoppm"), run.err());
        assertTrue(run.err().contains("sudo apt-get install poppler-utils"), run.err());
        assertEquals(List.of("bin", "potou-2022.docx", "potou-2022.json"), names(dir));
    }

    @Test
    void pngWritesEveryPageBesideTheDocxAndKeepsNoPdf() throws IOException {
        assumeTrue(ExternalProgram.onPath("soffice").isPresent(), "LibreOffice (soffice) is not installed");
        assumeTrue(ExternalProgram.onPath("pdftoppm").isPresent(), "pdftoppm (poppler-utils) is not installed");
        JarRun.potou(dir.resolve("potou-2022.json"));
        Files.createFile(dir.resolve("potou-2022-99.png")); // not a leftover: the pages stop long before 99
        JarRun run = JarRun.in(dir, "--lang", "en", "render", "potou-2022.json", "--png");
        assertEquals(0, run.exitCode(), run.err());
        List<String> pngs = names(dir).stream()
                .filter(n -> n.endsWith(".png") && !n.equals("potou-2022-99.png"))
                .toList();
        assertTrue(pngs.size() > 10, "the report has more than ten pages: " + pngs);
        assertEquals(
                "wrote " + pngs.size() + " page image(s): potou-2022-01.png … potou-2022-" + pngs.size() + ".png",
                run.outLines().get(run.outLines().size() - 1));
        for (int page = 1; page <= pngs.size(); page++) {
            String name = String.format(java.util.Locale.ROOT, "potou-2022-%02d.png", page);
            byte[] png = Files.readAllBytes(dir.resolve(name));
            assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII), name);
        }
        assertFalse(Files.exists(dir.resolve("potou-2022.pdf")), "without --pdf no PDF is kept");
        assertTrue(Files.exists(dir.resolve("potou-2022-99.png")), "a lookalike after a gap is kept");
        assertEquals(pngs.size() + 3, names(dir).size(), "docx, json, the pages, the lookalike; no work folder");
    }

    @Test
    void schemaPrintsTheReportsJsonSchema() throws IOException {
        JarRun run = JarRun.in(dir, "schema");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode schema = JSON.readTree(run.out());
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asText());
        assertTrue(schema.get("properties").has("expenditure"));
    }

    @Test
    void templateExportWritesTheOfficialTemplateWhichCompilesAndLintsClean() throws IOException {
        JarRun export = JarRun.in(dir, "template", "export");
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("已导出 official-template.docx", export.out().strip());
        Path exported = dir.resolve("official-template.docx");
        int fields = DocxTemplate.compile(new ByteArrayInputStream(Files.readAllBytes(exported)))
                .fields()
                .size();

        // Linted against Reports.dataSchema(): the figures and sentences the official template prints
        // (…text, summary, scoreSheet.rows) are known, not unknown paths.
        JarRun lint = JarRun.in(dir, "--lang", "en", "lint", "official-template.docx");
        assertEquals(0, lint.exitCode(), lint.out() + lint.err());
        assertEquals("", lint.err());
        assertEquals(List.of("the template is fine: " + fields + " field(s), all in the report data"), lint.outLines());
    }

    @Test
    void lintRejectsAFileThatIsNotATemplate() throws IOException {
        Files.writeString(dir.resolve("letter.docx"), "plain text", StandardCharsets.UTF_8);
        JarRun run = JarRun.in(dir, "lint", "letter.docx");
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.outLines().get(0).startsWith("错误 (package) [template.zip.not-a-zip] "), run.out());
        assertEquals("模板无法编译：1 个错误", run.outLines().get(1));
        JarRun missing = JarRun.in(dir, "lint", "nowhere.docx");
        assertEquals(2, missing.exitCode());
        missing.oneLineReason();
    }

    @Test
    void renderWithACustomTemplateThatIsNotOneIsExit1() throws IOException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        Files.writeString(dir.resolve("letter.docx"), "plain text", StandardCharsets.UTF_8);
        JarRun run = JarRun.in(dir, "render", "potou-2022.json", "--template", "letter.docx");
        assertEquals(1, run.exitCode());
        run.assertNoStackTrace();
        assertEquals("jixiao: letter.docx：模板有 1 个问题，无法使用：", run.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("potou-2022.docx")));
    }

    @Test
    void batchRendersTheGoodFilesReportsTheBadOneAndExits1() throws IOException {
        Path in = dir.resolve("in");
        for (String name : List.of("a.json", "b.json", "c.json")) {
            JarRun.potou(in.resolve(name));
        }
        invalidReport(in.resolve("bad.json"));
        Files.writeString(in.resolve("notes.txt"), "not a report", StandardCharsets.UTF_8);
        JarRun run = JarRun.in(dir, "--lang", "en", "batch", "in", "-o", "out", "--threads", "2");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertEquals(
                List.of("a.docx", "b.docx", "c.docx"),
                names(dir.resolve("out")),
                "written atomically: no temporary file left");
        List<String> lines = run.outLines();
        assertEquals(
                List.of(
                        "[1/4] a.json: ok, warnings",
                        "[2/4] b.json: ok, warnings",
                        "[3/4] bad.json: report has errors",
                        "[4/4] c.json: ok, warnings"),
                lines.subList(0, 4),
                "plain lines when not on a terminal, in sorted order");
        assertTrue(lines.get(4).matches("file +status +warnings +errors +ms"), lines.get(4));
        assertTrue(
                lines.get(7)
                        .matches(
                                "bad\\.json +report has errors +" + warnings(dir.resolve("in/bad.json")) + " +1 +\\d+"),
                lines.get(7));
        assertEquals("4 file(s): 3 written, 1 failed", lines.get(9));
        assertTrue(
                lines.get(11)
                        .startsWith(
                                "  bad.json: the report has 1 error(s), the first: /expenditure/budget/total [budget.total] "),
                lines.get(11));
    }

    @Test
    void batchReportsADocumentItCannotWriteAndWritesTheOthers() throws IOException {
        Path in = dir.resolve("in");
        for (String name : List.of("a.json", "b.json", "c.json")) {
            JarRun.potou(in.resolve(name));
        }
        // b.docx is taken by a folder that is not empty: the move into place fails
        Files.createDirectories(dir.resolve("out").resolve("b.docx").resolve("kept"));
        JarRun run = JarRun.in(dir, "--lang", "en", "batch", "in", "-o", "out");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("[2/3] b.json: unwritable", run.outLines().get(1));
        assertEquals(List.of("a.docx", "b.docx", "c.docx"), names(dir.resolve("out")), "no temporary file left");
        assertTrue(Files.isDirectory(dir.resolve("out").resolve("b.docx").resolve("kept")), "the folder untouched");
        assertTrue(Files.size(dir.resolve("out").resolve("c.docx")) > 10_000);
    }

    @Test
    void batchOfAFolderWithoutReportsIsExit2() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        JarRun empty = JarRun.in(dir, "batch", "empty", "-o", "out");
        assertEquals(2, empty.exitCode());
        assertEquals("jixiao: 文件夹 empty 中没有 *.json 文件", empty.oneLineReason());
        JarRun missing = JarRun.in(dir, "batch", "nowhere", "-o", "out");
        assertEquals(2, missing.exitCode());
        missing.oneLineReason();
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void versionIsTheBuildsVersion() {
        JarRun run = JarRun.in(dir, "--version");
        assertEquals(0, run.exitCode());
        assertEquals("jixiao " + System.getProperty("jixiao.version"), run.out().strip());
        assertFalse(System.getProperty("jixiao.version", "").isEmpty(), "the pom passes the version");
    }

    @Test
    void helpIsOnStdoutAndNoCommandIsAUsageError() {
        JarRun help = JarRun.in(dir, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("用法：jixiao "), help.out());
        assertEquals("", help.err());
        JarRun none = JarRun.in(dir);
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("用法：jixiao "), none.err());
        JarRun wrong = JarRun.in(dir, "--lang", "en", "rendr", "a.json");
        assertEquals(2, wrong.exitCode());
        wrong.assertNoStackTrace();
        assertTrue(wrong.err().contains("Did you mean: jixiao render?"), wrong.err());
        assertTrue(wrong.err().endsWith("try 'jixiao --help' for usage\n"), wrong.err());
    }

    /** The Potou report with its budget total no longer basic + project: one error, at /expenditure/budget/total. */
    private static void invalidReport(Path target) throws IOException {
        JarRun.potou(target);
        ObjectNode report = (ObjectNode) JSON.readTree(Files.readString(target, StandardCharsets.UTF_8));
        ObjectNode total = (ObjectNode) report.get("expenditure").get("budget").get("total");
        total.set("amount", DecimalNode.valueOf(new BigDecimal("9999.99")));
        Files.writeString(target, JSON.writeValueAsString(report), StandardCharsets.UTF_8);
    }

    /** The warnings the library finds in a report file, in process. */
    private static int warnings(Path report) throws IOException {
        try (var in = Files.newInputStream(report)) {
            return Reports.validate(ReportJson.read(in)).warnings().size();
        }
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
