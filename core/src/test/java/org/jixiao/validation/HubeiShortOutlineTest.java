// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.remove;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.jixiao.report.SectionText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A short report in the Hubei outline ({@link SampleReport#hubeiShort()}) needs only what that outline
 * prints; the same data under the default outline lacks every section the Guangdong outline requires.
 */
class HubeiShortOutlineTest {

    @Test
    void aMinimalHubeiReportHasNoProblem() {
        ValidationResult result = Checks.VALIDATOR.validate(SampleReport.hubeiShort());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void theSameDataUnderTheDefaultOutlineLacksEachRequiredSection() {
        ValidationResult result =
                Checks.VALIDATOR.validate(set("/outline", null).apply(SampleReport.hubeiShort()));
        assertEquals(
                List.of(
                        "ERROR outline.cover-line-missing /cover/administrativeLevel",
                        "ERROR outline.cover-line-missing /cover/fillingDate",
                        "ERROR outline.opening-basis /cover/basis",
                        "ERROR outline.section-missing /profile",
                        "ERROR outline.section-missing /keyTasks",
                        "ERROR outline.section-missing /selfEvaluation/team",
                        "ERROR outline.section-missing /selfEvaluation/process",
                        "ERROR outline.section-missing /selfEvaluation/submission",
                        "ERROR outline.section-missing /selfEvaluation/disclosure",
                        "ERROR outline.section-missing /indicatorAnalysis",
                        "ERROR outline.unknown-section /sections/conclusion.goals.uncompleted"),
                Checks.summary(result));
        Map<String, String> sections = new LinkedHashMap<>();
        for (Problem p : result.problems()) {
            if (p.code().equals("outline.section-missing")) {
                String message = p.messageZh();
                sections.put(p.path(), message.substring(message.indexOf("章节“") + 3, message.indexOf("”，")));
            }
        }
        assertEquals(
                Map.of(
                        "/profile", "一（一）单位机构设置、部门职能情况",
                        "/keyTasks", "一（二）年度总体工作和重点工作任务",
                        "/selfEvaluation/team", "二（一）评价小组情况",
                        "/selfEvaluation/process", "二（二）自评工作过程",
                        "/selfEvaluation/submission", "二（三）自评材料报送时间及质量",
                        "/selfEvaluation/disclosure", "二（四）自评材料报送及公开一致情况",
                        "/indicatorAnalysis", "三（二）部门整体支出绩效指标分析"),
                sections);
    }

    static Stream<Arguments> rows() {
        String uncompleted = "/sections/conclusion.goals.uncompleted";
        return Stream.of(
                row(
                        "without the text for 未完成的绩效目标",
                        remove(uncompleted),
                        "ERROR outline.section-missing " + uncompleted),
                row("without goals", set("/goals", List.of()), "ERROR outline.section-missing /goals"),
                row(
                        "with the unit's own text for the goals instead",
                        all(
                                set("/goals", List.of()),
                                set(
                                        "/sections/conclusion.goals.completed",
                                        new SectionText(null, List.of("全年各项绩效目标均已完成。"), null, null)))),
                row("without the score", set("/result", null), "ERROR outline.section-missing /result/score"),
                row("without the expenditure", set("/expenditure", null), "ERROR outline.section-missing /expenditure"),
                row(
                        "without problems and improvements",
                        all(set("/problems", List.of()), set("/improvements", List.of())),
                        "ERROR outline.section-missing /problems",
                        "ERROR outline.section-missing /improvements"),
                row(
                        "text for the optional 佐证材料",
                        set("/sections/evidence", new SectionText(null, List.of("年度部门决算报表。"), null, null))),
                row(
                        "a null text is reported, and does not fill the section",
                        set(uncompleted, null),
                        "ERROR outline.section-missing " + uncompleted,
                        "ERROR required " + uncompleted),
                row(
                        "text for a Guangdong section",
                        set("/sections/profile.goals", new SectionText(null, List.of("文字。"), null, null)),
                        "ERROR outline.unknown-section /sections/profile.goals"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theHubeiOutlineRequiresItsOwnSections(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.VALIDATOR.validate(change.apply(SampleReport.hubeiShort()))));
    }

    @Test
    void aMissingThirdLevelSectionIsNamedByItsWholePath() {
        List<Problem> problems = Checks.VALIDATOR
                .validate(remove("/sections/conclusion.goals.uncompleted").apply(SampleReport.hubeiShort()))
                .problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(
                "大纲“湖北省部门整体绩效自评报告（简式）”要求填写章节“一（二）3.未完成的绩效目标。”，但报告没有它的内容。"
                        + "请填写 /sections/conclusion.goals.uncompleted（本单位的文字），"
                        + "或在 /sections/conclusion.goals.uncompleted 中填写本单位的文字。",
                problems.get(0).messageZh());
    }
}
