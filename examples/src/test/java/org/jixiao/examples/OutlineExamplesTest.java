// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.report.ExtraSection;
import org.jixiao.report.Item;
import org.jixiao.report.Report;
import org.jixiao.report.SectionText;
import org.jixiao.report.Table;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.testing.OoxmlSchemas;
import org.jixiao.testing.docx.DocxText;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each shipped outline's example renders in its own structure, with nothing invented and nothing lost. */
class OutlineExamplesTest {

    private static byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(report, Reports.officialTemplate(report), out);
        return out.toByteArray();
    }

    private static List<String> paragraphs(Report report) throws IOException {
        return RenderedDocument.paragraphs(render(report));
    }

    @ParameterizedTest
    @EnumSource(ExampleReport.class)
    void everyExampleValidatesWithoutErrorsAndRendersDeterministically(ExampleReport example) {
        ValidationResult result = Reports.validate(example.report());
        assertEquals(List.of(), result.errors(), example.name());
        byte[] docx = render(example.report());
        assertTrue(java.util.Arrays.equals(docx, render(example.report())));
        OoxmlSchemas.assertValid(docx); // every part as Word's schemas want it
    }

    @ParameterizedTest
    @EnumSource(OfficialTemplate.class)
    void everyOfficialTemplateIsValidAgainstTheSchemas(OfficialTemplate template) {
        OoxmlSchemas.assertValid(template.docx());
    }

    @Test
    void jingmenDocumentIsAsApproved() {
        Approvals.verify(DocxText.canonical(render(ExampleReport.JINGMEN.report())));
    }

    @Test
    void nationalSampleDocumentIsAsApproved() {
        Approvals.verify(DocxText.canonical(render(ExampleReport.NATIONAL_SAMPLE.report())));
    }

    @Test
    void theHubeiReportKeepsItsHeadingsVerbatimAndInItsOrder() throws IOException {
        List<String> headings = DocxText.canonical(render(ExampleReport.JINGMEN.report()))
                .lines()
                .filter(l -> l.startsWith("[p style=Heading"))
                .map(l -> l.substring(l.indexOf(']') + 2))
                .toList();
        assertEquals(
                List.of(
                        "一、自评结论",
                        "（一）部门整体绩效自评得分",
                        "（二）部门整体绩效目标完成情况",
                        "1.执行率情况。",
                        "2.完成的绩效目标。",
                        "3.未完成的绩效目标。",
                        "（三）存在的问题和原因",
                        "（四）下一步拟改进措施",
                        "二、佐证材料",
                        "（一）基本情况"),
                headings);
    }

    @Test
    void theHubeiReportPrintsNothingItDoesNotState() throws IOException {
        String text = String.join("\n", paragraphs(ExampleReport.JINGMEN.report()));
        for (String invented : List.of("0名", "0.00%", "无下属单位", "评价等级", "行政编制", "事业编制", "基本支出", "项目支出", "评分表")) {
            assertFalse(text.contains(invented), invented);
        }
        assertTrue(text.contains("执行数21680.25万元，预算执行率为186.81%"), "the rate computed from the figures");
        assertFalse(text.contains("100%"), "the stated 100% never reaches the page");
        assertTrue(text.contains("附件：2022年度民政部门整体部门自评表"), "one attachment, named without a number");
    }

    @Test
    void aReportWithoutAttachmentPagesEndsOnItsOwnPortraitPage() {
        Report jingmen = ExampleReport.JINGMEN.report();
        assertSame(OfficialTemplate.OVERALL_SELF_EVALUATION_TEXT.template(), Reports.officialTemplate(jingmen));
        String canonical = DocxText.canonical(render(jingmen));
        assertEquals(1, canonical.lines().filter(l -> l.startsWith("[sectPr")).count());
        assertFalse(canonical.contains("landscape"));
        assertSame(
                OfficialTemplate.OVERALL_SELF_EVALUATION.template(),
                Reports.officialTemplate(ExampleReport.POTOU.report()));
    }

    @Test
    void nothingOfTheHubeiReportIsLost() throws IOException {
        Report report = ExampleReport.JINGMEN.report();
        String text = String.join("\n", paragraphs(report));
        Map<String, Object> tree = ReportTree.of(report);
        tree.remove("description");
        tree.remove("outline");
        tree.remove("schemaVersion");
        List<String> missing = new ArrayList<>();
        collect(tree, "", text, missing);
        // the stated rate is checked, never printed; the figures carry the unit in 万元
        assertEquals(List.of("/expenditure/statedExecutionRatePercent = 100"), missing);
    }

    private static void collect(Object node, String path, String text, List<String> missing) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, path + "/" + k, text, missing));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "/" + i, text, missing);
            }
        } else if (node instanceof String s
                && !s.matches("[A-Z_]+")
                && !path.matches(".*/(after|under|id)")
                && !text.contains(s)) {
            // enum constants are printed as labels; an extra section's place is where it is, not text
            missing.add(path + " = " + s);
        } else if (node instanceof BigDecimal d && !text.contains(d.toPlainString())) {
            missing.add(path + " = " + d.toPlainString());
        }
    }

    @Test
    void anEmptyOptionalSectionPrintsNoHeadingAndTheRestRenumber() throws IOException {
        Report jingmen = ExampleReport.JINGMEN.report();
        Report withoutEvidence = copy(jingmen, List.of(), jingmen.sections());
        List<String> text = paragraphs(withoutEvidence);
        assertFalse(text.stream().anyMatch(p -> p.contains("佐证材料")), "二、佐证材料 has nothing: no heading");
        List<String> national = paragraphs(ExampleReport.NATIONAL_SAMPLE.report());
        assertFalse(national.stream().anyMatch(p -> p.contains("偏离绩效目标的原因")), "optional and empty");
        assertTrue(national.contains("五、存在的问题"), "the next section takes its number");
    }

    @Test
    void extraSectionsGoWhereTheUnitPutsThemAndNumbersFollow() throws IOException {
        Report jingmen = ExampleReport.JINGMEN.report();
        List<ExtraSection> extras = new ArrayList<>(jingmen.extraSections());
        extras.add(new ExtraSection(
                null, "conclusion.score", null, "评价工作开展情况", List.of("成立评价工作小组。"), List.of(), List.of()));
        List<String> text = paragraphs(copy(jingmen, extras, jingmen.sections()));
        int added = text.indexOf("（二）评价工作开展情况");
        assertTrue(added > 0, String.join("\n", text));
        assertEquals("成立评价工作小组。", text.get(added + 1));
        assertTrue(text.contains("（三）部门整体绩效目标完成情况"));
        assertTrue(text.contains("（五）下一步拟改进措施"));
    }

    @Test
    void theUnitsOwnHeadingsParagraphsItemsAndTablesArePrintedAsGiven() {
        Report jingmen = ExampleReport.JINGMEN.report();
        Map<String, SectionText> sections = new LinkedHashMap<>(jingmen.sections());
        sections.put(
                "conclusion.score",
                new SectionText(
                        "部门整体绩效自评得分情况",
                        List.of("自评得分由评价小组逐项评定。"),
                        List.of(Item.of("预算执行得分。")),
                        List.of(new Table(
                                "2022年度预算执行情况",
                                List.of("项目", "预算数", "执行数"),
                                List.of(List.of("合计", "11605.29", "21680.25"))))));
        String canonical = DocxText.canonical(render(copy(jingmen, jingmen.extraSections(), sections)));
        assertTrue(canonical.contains("[p style=Heading2] （一）部门整体绩效自评得分情况"), canonical);
        assertTrue(canonical.contains("[p style=BodyText] 自评得分由评价小组逐项评定。"));
        assertTrue(canonical.contains("[p style=BodyText] 1.预算执行得分。"));
        assertTrue(canonical.contains("[p style=TableCaption] 表1  2022年度预算执行情况"));
        assertTrue(canonical.contains("| 项目 | 预算数 | 执行数 |"), canonical);
        assertTrue(canonical.contains(
                "| [style=TableText] 合计 | [style=TableText] 11605.29 | [style=TableText] 21680.25 |"));
    }

    @Test
    void theNationalOutlineWalksTheScoreSheetAndAttachesFiguresByWhatTheyMeasure() throws IOException {
        List<String> text = paragraphs(ExampleReport.NATIONAL_SAMPLE.report());
        assertTrue(text.contains("四、绩效指标分析"));
        for (String heading : List.of("（一）投入", "（二）过程", "（三）产出", "（四）效果")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("（1）在职人员控制率。编制数20名，财政供给在职人数20人，在职人员控制率为100.00%。"));
        assertTrue(text.stream()
                .anyMatch(p -> p.startsWith("（4）预算编制准确性。2022年度总预算4659.17万元，支出决算数9141.56万元，预决算差异率为96.21%")));
        assertTrue(text.contains("（1）任务完成率。2022年全区遗体火化任务数2205具，完成1951具，完成率88.48%。"));
    }

    @Test
    void warningsOfTheExamplesAreTheDefectsTheirSourcesHave() {
        List<String> codes = Reports.validate(ExampleReport.JINGMEN.report()).warnings().stream()
                .map(Problem::code)
                .distinct()
                .toList();
        assertTrue(codes.contains("rate.execution-mismatch"), codes.toString());
        // 21680.25万元 spent of 11605.29万元 budgeted, and not a word on why
        assertTrue(codes.contains("expenditure.difference-unexplained"), codes.toString());
    }

    private static Report copy(Report r, List<ExtraSection> extras, Map<String, SectionText> sections) {
        return new Report(
                r.schemaVersion(),
                r.description(),
                r.outline(),
                r.document(),
                r.cover(),
                r.profile(),
                r.keyTasks(),
                r.goals(),
                r.expenditure(),
                r.selfEvaluation(),
                r.result(),
                r.indicatorAnalysis(),
                r.problems(),
                r.improvements(),
                r.resultApplication(),
                r.otherMatters(),
                r.scoreSheet(),
                sections,
                extras,
                r.attachments());
    }
}
