// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.report.DocumentInfo;
import org.jixiao.report.ExtraSection;
import org.jixiao.report.Item;
import org.jixiao.report.Measure;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.jixiao.report.SectionText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that depend on the report's outline, on {@link org.jixiao.report.SampleReport#valid()}
 * (outline {@code guangdong-district} by default): required sections, cover lines, the standard
 * opening, the unit's own section text, extra sections, measures and the format version.
 */
class OutlineRulesTest {
    private static final String TERTIARY = "/scoreSheet/indicators/0/indicators/1/indicators/0";

    static Stream<Arguments> rows() {
        return Stream.of(
                // required sections
                row(
                        "a required section without content",
                        set("/keyTasks", List.of()),
                        "ERROR outline.section-missing /keyTasks"),
                row(
                        "the unit's own text fills a required section",
                        all(set("/keyTasks", List.of()), set("/sections/profile.key-tasks", text("全年重点抓好社会救助。")))),
                row(
                        "the unit's own items fill it too",
                        all(
                                set("/keyTasks", List.of()),
                                set(
                                        "/sections/profile.key-tasks",
                                        new SectionText(null, null, List.of(Item.of("抓好社会救助。")), null)))),
                row(
                        "a heading of its own is not text",
                        all(
                                set("/keyTasks", List.of()),
                                set("/sections/profile.key-tasks", new SectionText("年度重点工作", null, null, null))),
                        "ERROR outline.section-missing /keyTasks"),
                row(
                        "an extra section under it fills it",
                        all(set("/problems", List.of()), set("/extraSections/0", extra(null, null, "problems")))),
                row(
                        "an extra section after it does not",
                        all(set("/problems", List.of()), set("/extraSections/0", extra(null, "problems", null))),
                        "ERROR outline.section-missing /problems"),
                row(
                        "a required record missing (was @NotNull)",
                        set("/selfEvaluation/submission", null),
                        "ERROR outline.section-missing /selfEvaluation/submission"),
                row("a section of several contents is filled by any of them", set("/profile/functions", List.of())),
                row("without profile", set("/profile", null), "ERROR outline.section-missing /profile"),
                row(
                        "a parent's required sub-sections are reported, not the parent",
                        set("/selfEvaluation", null),
                        "ERROR outline.section-missing /selfEvaluation/team",
                        "ERROR outline.section-missing /selfEvaluation/process",
                        "ERROR outline.section-missing /selfEvaluation/submission",
                        "ERROR outline.section-missing /selfEvaluation/disclosure"),
                row("an optional section may stay empty", set("/resultApplication", List.of())),
                row(
                        "sections without content need the unit's own text",
                        set("/outline", "national-common"),
                        "ERROR outline.section-missing /sections/performance.duties",
                        "ERROR outline.section-missing /sections/performance.effects"),
                row(
                        "which they have",
                        all(
                                set("/outline", "national-common"),
                                set("/sections/performance.duties", text("全年完成低保、特困供养等各项任务。")),
                                set("/sections/performance.effects", text("困难群众基本生活得到保障。")))),
                // cover lines
                row(
                        "the seal line without its unit",
                        set("/cover/sealingUnit", null),
                        "ERROR outline.cover-line-missing /cover/sealingUnit"),
                row(
                        "the seal line with a blank unit",
                        set("/cover/sealingUnit", " \u3000"),
                        "ERROR outline.cover-line-missing /cover/sealingUnit"),
                row(
                        "the seal line without its level",
                        set("/cover/administrativeLevel", null),
                        "ERROR outline.cover-line-missing /cover/administrativeLevel"),
                row(
                        "the year line is @NotNull's to report",
                        set("/cover/evaluationYear", null),
                        "ERROR required /cover/evaluationYear"),
                row("so is the unit line", set("/cover/evaluatedUnits", null), "ERROR required /cover/evaluatedUnits"),
                row(
                        "the filling date line",
                        set("/cover/fillingDate", null),
                        "ERROR outline.cover-line-missing /cover/fillingDate"),
                row(
                        "an outline without cover lines needs none of them",
                        all(
                                set("/outline", "hubei-short"),
                                set("/cover/sealingUnit", null),
                                set("/cover/administrativeLevel", null),
                                set("/cover/fillingDate", null),
                                set("/cover/basis", null),
                                // text for the sections hubei-short has, and none for guangdong's
                                set("/sections/conclusion.goals.uncompleted", text("无未完成的绩效目标。")))),
                // the standard opening
                row(
                        "the standard opening without a basis",
                        set("/cover/basis", null),
                        "ERROR outline.opening-basis /cover/basis"),
                row(
                        "the unit's own opening needs no basis",
                        all(
                                set("/cover/basis", null),
                                set("/document", new DocumentInfo(null, null, List.of("现将本局2022年度整体绩效自评情况报告如下。"))))),
                row(
                        "a document without an opening still needs the basis",
                        all(set("/cover/basis", null), set("/document", new DocumentInfo("整体绩效自评报告", null, null))),
                        "ERROR outline.opening-basis /cover/basis"),
                // outline and section ids
                row("the default outline named", set("/outline", "guangdong-district")),
                row("an unknown outline", set("/outline", "guangdong"), "ERROR outline.unknown /outline"),
                row(
                        "an unknown outline is the only outline finding",
                        all(set("/outline", "guangdong"), set("/keyTasks", List.of()), set("/sections/x", text("文字。"))),
                        "ERROR outline.unknown /outline"),
                row(
                        "text for a section the outline lacks",
                        set("/sections/conclusion.goals.uncompleted", text("无未完成的绩效目标。")),
                        "ERROR outline.unknown-section /sections/conclusion.goals.uncompleted"),
                row(
                        "text under an extra section's id",
                        all(set("/extraSections/0", extra("x", "problems", null)), set("/sections/x", text("文字。"))),
                        "ERROR outline.unknown-section /sections/x"),
                // extra sections
                row("an extra section after a section", set("/extraSections/0", extra(null, "problems", null))),
                row("an extra section under a section", set("/extraSections/0", extra(null, null, "profile"))),
                row(
                        "an extra section after and under",
                        set("/extraSections/0", extra(null, "problems", "profile")),
                        "ERROR outline.extra-section-place /extraSections/0"),
                row(
                        "an extra section without a place",
                        set("/extraSections/0", extra(null, null, null)),
                        "ERROR outline.extra-section-place /extraSections/0"),
                row(
                        "an extra section after an unknown section",
                        set("/extraSections/0", extra(null, "summary", null)),
                        "ERROR outline.extra-section-place /extraSections/0"),
                row(
                        "an extra section after an earlier one",
                        all(
                                set("/extraSections/0", extra("party", "improvements", null)),
                                set("/extraSections/1", extra(null, "party", null)),
                                set("/extraSections/2", extra(null, null, "party")))),
                row(
                        "an extra section after a later one",
                        all(
                                set("/extraSections/0", extra(null, "party", null)),
                                set("/extraSections/1", extra("party", "improvements", null))),
                        "ERROR outline.extra-section-place /extraSections/0"),
                row(
                        "an extra section reusing an outline id",
                        set("/extraSections/0", extra("problems", "improvements", null)),
                        "ERROR outline.extra-section-id /extraSections/0/id"),
                row(
                        "an extra section reusing an earlier extra id",
                        all(
                                set("/extraSections/0", extra("party", "improvements", null)),
                                set("/extraSections/1", extra("party", "problems", null))),
                        "ERROR outline.extra-section-id /extraSections/1/id"),
                row(
                        "an extra section without a heading",
                        set(
                                "/extraSections/0",
                                new ExtraSection(null, "problems", null, " ", List.of("文字。"), null, null)),
                        "ERROR required /extraSections/0/heading"),
                // measures
                row(
                        "a measure with its data, beside the typed analysis it replaces",
                        set(TERTIARY + "/measure", Measure.DIFFERENCE_RATE),
                        "WARNING outline.analysis-unused /indicatorAnalysis"),
                row(
                        "a measure with its data, no typed analysis (and so no explanation of the difference)",
                        all(set(TERTIARY + "/measure", Measure.DIFFERENCE_RATE), set("/indicatorAnalysis", null)),
                        "WARNING expenditure.difference-unexplained /expenditure/finalAccounts/expenditure"),
                row(
                        "a measure without its data",
                        all(
                                set(TERTIARY + "/measure", Measure.PUBLIC_FUNDS_CONTROL_RATE),
                                set("/expenditure/publicFunds", null),
                                set("/indicatorAnalysis", null)),
                        "WARNING expenditure.difference-unexplained /expenditure/finalAccounts/expenditure",
                        "ERROR outline.measure-data " + TERTIARY + "/measure"),
                // the format version
                row("the first version", set("/schemaVersion", 1)),
                row("this version", set("/schemaVersion", Report.SCHEMA_VERSION)),
                row(
                        "a newer version",
                        set("/schemaVersion", Report.SCHEMA_VERSION + 1),
                        "ERROR schema.version /schemaVersion"),
                row("version zero", set("/schemaVersion", 0), "ERROR min /schemaVersion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theOutlineDecidesWhatTheReportNeeds(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void aMissingSectionIsNamedByItsNumberedPathAndHeading() {
        Problem p = Checks.only(set("/keyTasks", List.of()));
        assertNull(p.value());
        assertEquals(
                "大纲“广东省区县级部门整体支出绩效自评报告”要求填写章节“一（二）年度总体工作和重点工作任务”，但报告没有它的内容。"
                        + "请填写 /keyTasks（重点工作任务），或在 /sections/profile.key-tasks 中填写本单位的文字。",
                p.messageZh());
        assertEquals(
                "Outline \"广东省区县级部门整体支出绩效自评报告\" requires section \"一（二）年度总体工作和重点工作任务\","
                        + " but the report has nothing for it. Fill in /keyTasks (key tasks),"
                        + " or give the unit's own text under /sections/profile.key-tasks.",
                p.messageEn());
    }

    @Test
    void aMissingTopLevelSectionKeepsItsNumbersComma() {
        Problem p = Checks.only(set("/improvements", List.of()));
        assertEquals(
                "大纲“广东省区县级部门整体支出绩效自评报告”要求填写章节“五、改进措施（整改措施和完成时限）”，但报告没有它的内容。"
                        + "请填写 /improvements（改进措施），或在 /sections/improvements 中填写本单位的文字。",
                p.messageZh());
    }

    @Test
    void aSectionOfSeveralContentsListsAllItsData() {
        Problem p = Checks.only(set("/profile", null));
        assertEquals(
                "Outline \"广东省区县级部门整体支出绩效自评报告\" requires section \"一（一）单位机构设置、部门职能情况\","
                        + " but the report has nothing for it. Fill in /profile、/profile/functions"
                        + " (unit type, subordinate units and staffing, functions and division of duties),"
                        + " or give the unit's own text under /sections/profile.functions.",
                p.messageEn());
    }

    @Test
    void aMissingCoverLineSaysWhatTheCoverPrints() {
        Problem p = Checks.only(set("/cover/sealingUnit", null));
        assertEquals("大纲“广东省区县级部门整体支出绩效自评报告”的封面要印“预算部门单位（公章）”，但没有填写。请填写“封面信息与评价依据 · 预算部门单位（公章）”。", p.messageZh());
        assertEquals(
                "Outline \"广东省区县级部门整体支出绩效自评报告\" prints \"预算部门单位（公章）\" (sealing unit) on the cover,"
                        + " but it is not given. Fill in \"cover · sealing unit\".",
                p.messageEn());
    }

    @Test
    void anUnknownOutlineListsTheKnownOnes() {
        Problem p = Checks.only(set("/outline", "guangdong"));
        assertEquals("guangdong", p.value());
        assertEquals(
                "报告指定的大纲 guangdong 不存在。可用的大纲：guangdong-district、hubei-short、national-common。" + "请改为其中之一，或先加载该大纲文件。",
                p.messageZh());
    }

    @Test
    void textForAnUnknownSectionListsTheOutlinesSectionIds() {
        Problem p = Checks.only(set("/sections/conclusion", text("文字。")));
        assertEquals("conclusion", p.value());
        assertEquals(
                "Section conclusion is not in outline \"广东省区县级部门整体支出绩效自评报告\", so this text would never be"
                        + " printed. Known sections: profile profile.functions profile.key-tasks profile.goals"
                        + " profile.expenditure work work.team work.process work.submission work.disclosure evaluation"
                        + " evaluation.result evaluation.indicators problems improvements result-application"
                        + " other-matters.",
                p.messageEn());
    }

    @Test
    void aReusedExtraSectionIdIsNamed() {
        Problem p = Checks.only(set("/extraSections/0", extra("problems", "improvements", null)));
        assertEquals("problems", p.value());
        assertEquals("增加的章节的 id problems 已被大纲或前面的章节使用。请换一个。", p.messageZh());
        assertEquals(
                "The extra section's id problems is already used by the outline or an earlier section. Choose another.",
                p.messageEn());
    }

    @Test
    void aMeasureWithoutDataNamesTheDataItNeeds() {
        Problem p = Checks.validate(all(
                        set(TERTIARY + "/measure", Measure.PUBLIC_FUNDS_CONTROL_RATE),
                        set("/expenditure/publicFunds", null)))
                .problems()
                .stream()
                .filter(problem -> problem.code().equals("outline.measure-data"))
                .findFirst()
                .orElseThrow();
        assertEquals("PUBLIC_FUNDS_CONTROL_RATE", p.value());
        assertEquals("该指标计算的是公用经费控制率，但报告没有计算它所需的数据 /expenditure/publicFunds。请填写这些数据，或去掉 measure。", p.messageZh());
    }

    @Test
    void aNewerFormatSaysWhichVersionsAreSupported() {
        Problem p = Checks.only(set("/schemaVersion", 3));
        assertEquals("3", p.value());
        assertEquals("schemaVersion 3 是更新版本 jixiao 的格式，本版本只支持到 2。请升级 jixiao，或按本版本的格式填写。", p.messageZh());
    }

    @Test
    void aValidatorChecksAgainstTheOutlinesItWasGiven() {
        Outline custom = Outlines.read(new ByteArrayInputStream(
                """
                {
                  "id": "zhanjiang-short",
                  "name": "湛江市简式提纲",
                  "title": "整体绩效自评报告",
                  "sections": [
                    { "id": "problems", "heading": "存在的问题", "required": true, "content": ["PROBLEMS"] },
                    { "id": "summary", "heading": "总结", "required": true }
                  ]
                }
                """
                        .getBytes(StandardCharsets.UTF_8)));
        ReportValidator validator =
                ReportValidator.create(SampleReport.clock(), Outlines.builtIn().with(custom));
        assertSame(custom, validator.outlines().forReport("zhanjiang-short"));
        Report report = set("/outline", "zhanjiang-short").apply(SampleReport.valid());
        List<Problem> problems = validator.validate(report).problems();
        assertEquals(
                List.of("ERROR outline.section-missing /sections/summary"), Checks.summary(validator.validate(report)));
        assertEquals(
                "大纲“湛江市简式提纲”要求填写章节“二、总结”，但报告没有它的内容。请填写 /sections/summary（本单位的文字），" + "或在 /sections/summary 中填写本单位的文字。",
                problems.get(0).messageZh());
        Report withSummary = set("/sections/summary", text("全年工作总体良好。")).apply(report);
        assertEquals(List.of(), validator.validate(withSummary).problems());
        // the validator that only knows the built-in outlines does not know this one
        assertEquals(List.of("ERROR outline.unknown /outline"), Checks.summary(Checks.VALIDATOR.validate(withSummary)));
    }

    private static SectionText text(String paragraph) {
        return new SectionText(null, List.of(paragraph), null, null);
    }

    private static ExtraSection extra(String id, String after, String under) {
        return new ExtraSection(id, after, under, "党建工作", List.of("以党建引领业务发展。"), null, null);
    }
}
