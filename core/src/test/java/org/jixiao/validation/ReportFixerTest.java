// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.report.Item;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fix: what it corrects, that it is idempotent, and that nothing else of the report changes. */
@Tag("issue-11")
class ReportFixerTest {
    private static final Set<String> FIXED_CODES = Set.of(
            "text.manual-numbering",
            "text.document-number-brackets",
            "text.half-width-punctuation",
            "text.variant-character",
            "text.stray-space");

    /** The reference report's mechanical defects, and defects the fix must leave alone. */
    static final UnaryOperator<Report> DEFECTS = all(
            set("/description", "原文：1、1、11贯彻执行…监督检査,粤民办函【2021】37号 "),
            set("/keyTasks/0/title", "1、聚焦学深悟透，学习贯彻党的二十大精神。"),
            set("/keyTasks/1", Item.of("6、聚焦“双百工程 ”，打通服务群众“最后一公里”。")),
            set("/profile/functions/0/title", "1、1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检査。"),
            set("/result/conclusion/0", "结合我局实际情况,以“保运转,保民生”为前提,规范基本预算编制。"),
            set("/result/achievements/0/paragraphs/0", "根据《通知》（粤民办函【2021】37号）相关要求，及时安排专人负责系统(含数据录入)。"),
            set("/indicatorAnalysis/preparation/rationality/0", "（1）我局预算编制合理，部门预算符合本部门职责和区委、区政府的工作要求。"),
            set("/indicatorAnalysis/preparation/standardization/0", "我局预算编制合理，部门预算符合本部门职责和区委、区政府的工作要求。"),
            set("/indicatorAnalysis/preparation/goalSetting/0", "目标设置完整、科学，我局按要求申报部门部门整体绩效目标。"));

    private static Report defective() {
        return DEFECTS.apply(SampleReport.valid());
    }

    @Test
    void correctsTheMechanicalDefectsAndListsEachCorrection() {
        FixResult result = ReportFixer.fix(defective());
        List<String> fixes = result.fixes().stream()
                .map(f -> f.path() + " " + f.code() + " " + f.before() + " → " + f.after())
                .toList();
        assertEquals(
                List.of(
                        "/profile/functions/0/title text.manual-numbering"
                                + " 1、1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检査。"
                                + " → 贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检査。",
                        "/profile/functions/0/title text.variant-character"
                                + " 贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检査。"
                                + " → 贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检查。",
                        "/keyTasks/0/title text.manual-numbering 1、聚焦学深悟透，学习贯彻党的二十大精神。 → 聚焦学深悟透，学习贯彻党的二十大精神。",
                        "/keyTasks/1/title text.manual-numbering 6、聚焦“双百工程 ”，打通服务群众“最后一公里”。"
                                + " → 聚焦“双百工程 ”，打通服务群众“最后一公里”。",
                        "/keyTasks/1/title text.stray-space 聚焦“双百工程 ”，打通服务群众“最后一公里”。" + " → 聚焦“双百工程”，打通服务群众“最后一公里”。",
                        "/result/conclusion/0 text.half-width-punctuation 结合我局实际情况,以“保运转,保民生”为前提,规范基本预算编制。"
                                + " → 结合我局实际情况，以“保运转，保民生”为前提，规范基本预算编制。",
                        "/result/achievements/0/paragraphs/0 text.document-number-brackets"
                                + " 根据《通知》（粤民办函【2021】37号）相关要求，及时安排专人负责系统(含数据录入)。"
                                + " → 根据《通知》（粤民办函〔2021〕37号）相关要求，及时安排专人负责系统(含数据录入)。",
                        "/result/achievements/0/paragraphs/0 text.half-width-punctuation"
                                + " 根据《通知》（粤民办函〔2021〕37号）相关要求，及时安排专人负责系统(含数据录入)。"
                                + " → 根据《通知》（粤民办函〔2021〕37号）相关要求，及时安排专人负责系统（含数据录入）。"),
                fixes);
    }

    @Test
    void leavesWhatIsNotMechanicalForTheAuthor() {
        Report fixed = ReportFixer.fix(defective()).report();
        List<String> left = Checks.summary(Checks.VALIDATOR.validate(fixed));
        assertEquals(
                List.of(
                        "WARNING text.repeated-paragraph /indicatorAnalysis/preparation/standardization/0",
                        "WARNING text.repeated-word /indicatorAnalysis/preparation/goalSetting/0"),
                left);
        assertEquals(
                "（1）我局预算编制合理，部门预算符合本部门职责和区委、区政府的工作要求。",
                fixed.indicatorAnalysis().preparation().rationality().get(0),
                "a paragraph's own number is not the template's: kept");
        assertEquals(defective().description(), fixed.description(), "the unprinted description is never changed");
    }

    @Test
    void theValidatorReportsWhatTheFixCorrects() {
        Set<String> reported = new TreeSet<>();
        for (Problem p : Checks.VALIDATOR.validate(defective()).problems()) {
            if (FIXED_CODES.contains(p.code())) {
                reported.add(p.path() + " " + p.code());
            }
        }
        Set<String> corrected = new TreeSet<>();
        ReportFixer.fix(defective()).fixes().forEach(f -> corrected.add(f.path() + " " + f.code()));
        assertEquals(reported, corrected);
    }

    @Test
    void isIdempotent() {
        Report once = ReportFixer.fix(defective()).report();
        FixResult twice = ReportFixer.fix(once);
        assertEquals(List.of(), twice.fixes());
        assertSame(once, twice.report(), "nothing to correct: the same report");
    }

    @Test
    void theJsonChangesOnlyAtTheCorrectedPaths() {
        Report report = defective();
        FixResult result = ReportFixer.fix(report);
        List<String> differences = new ArrayList<>();
        diff(ReportTree.of(report), ReportTree.of(result.report()), "", differences);
        Set<String> fixedPaths = new TreeSet<>();
        result.fixes().forEach(f -> fixedPaths.add(f.path()));
        assertEquals(fixedPaths, new TreeSet<>(differences));
    }

    @Test
    void aCleanReportIsReturnedAsItIs() {
        Report clean = SampleReport.valid();
        FixResult result = ReportFixer.fix(clean);
        assertSame(clean, result.report());
        assertEquals(List.of(), result.fixes());
        assertEquals("", result.describe());
    }

    @Test
    void forRenderingOnlyTheTypedNumberingIsRemovedAndOnlyWhereTheTemplateNumbers() {
        Report report = defective();
        Report printed = ReportFixer.withoutManualNumbering(report);
        List<String> differences = new ArrayList<>();
        diff(ReportTree.of(report), ReportTree.of(printed), "", differences);
        assertEquals(List.of("/profile/functions/0/title", "/keyTasks/0/title", "/keyTasks/1/title"), differences);
        assertEquals("聚焦“双百工程 ”，打通服务群众“最后一公里”。", printed.keyTasks().get(1).title(), "only the number goes");
    }

    @Test
    void describesEachCorrectionAsTheChangedStretch() {
        FixResult result = ReportFixer.fix(set("/keyTasks/1", Item.of("聚焦“双百工程 ”，打通服务群众“最后一公里”，提升社会服务和管理质量。"))
                .apply(SampleReport.valid()));
        assertEquals(
                "/keyTasks/1/title [text.stray-space] 聚焦“双百工程 ”，打通服务群众“最… → 聚焦“双百工程”，打通服务群众“最…\n", result.describe());
    }

    @Test
    void aNullReportIsRefused() {
        assertThrows(NullPointerException.class, () -> ReportFixer.fix(null));
        assertThrows(NullPointerException.class, () -> ReportFixer.withoutManualNumbering(null));
    }

    /** The JSON Pointers of the values that differ between two JSON trees. */
    private static void diff(Object a, Object b, String path, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Object key : ma.keySet()) {
                diff(ma.get(key), mb.get(key), path + "/" + key, out);
            }
            for (Object key : mb.keySet()) {
                if (!ma.containsKey(key)) {
                    out.add(path + "/" + key);
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                diff(la.get(i), lb.get(i), path + "/" + i, out);
            }
        } else if (!Objects.equals(a, b)) {
            out.add(path);
        }
    }
}
