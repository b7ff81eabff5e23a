// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.approvaltests.Approvals;
import org.approvaltests.reporters.QuietReporter;
import org.approvaltests.reporters.UseReporter;
import org.jixiao.Lang;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;

/** One call returns every problem, in document order, and describes them in either language. */
@UseReporter(QuietReporter.class)
class ValidationResultTest {

    /** The defects of the reference report and a few errors, all in one report. */
    static final UnaryOperator<Report> MANY = all(
            set("/cover/sealingUnit", null),
            set("/cover/fillingDate", java.time.LocalDate.of(2022, 12, 31)),
            set("/profile/functions/1/title", "承担全区社会组织(含社会团体、基金会)的登记管理。"),
            set("/profile/functions/0/title", "1、1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，并组织实施和监督检査。"),
            set("/expenditure/budget/total", Money.tenThousandYuan("4659.18")),
            set("/selfEvaluation/team/leader/post", "副局长\u202E"),
            set("/result/conclusion/0", "包含整体支出绩效自评结论（综合评判单位在预算年度内整体支出绩效目标的完成情况及其履行职责的经济性、效率性、效果性和公平性）、自评分数和等级。"),
            set("/result/conclusion/1", "结合我局实际情况,以“保运转,保民生”为前提,按照“统筹兼顾、突出重点、有保有压”的原则,规范基本预算编制。"),
            set(
                    "/result/achievements/0/paragraphs/0",
                    "根据《广东省民政厅办公室关于做好全国基层政权建设和社区治理信息系统部署应用工作的通知》（粤民办函【2021】37号）相关要求，及时安排专人负责系统。"),
            set("/indicatorAnalysis/preparation/rationality/0", "固定资产原值为5166573.74\u0001，无形资产原值为1004800元。"),
            set("/indicatorAnalysis/preparation/standardization/0", "（2）探索打造居家养老服务，围绕一个服务群体，构建三支队伍，提供多项服务。"),
            set("/indicatorAnalysis/preparation/goalSetting/0", "目标设置完整、科学，我局按要求申报部门部门整体绩效目标。 "),
            set(
                    "/indicatorAnalysis/benefit/goalAchievement/targets/0/statedCompletionRatePercent",
                    new BigDecimal("85")),
            set("/scoreSheet/indicators/0/indicators/0/indicators/0/score", new BigDecimal("6")));

    @Test
    void oneCallReturnsEveryProblemInDocumentOrder() {
        ValidationResult result = Checks.validate(MANY);
        assertEquals(
                List.of(
                        "ERROR outline.cover-line-missing /cover/sealingUnit",
                        "ERROR date.filling-too-early /cover/fillingDate",
                        "WARNING text.manual-numbering /profile/functions/0/title",
                        "WARNING text.variant-character /profile/functions/0/title",
                        "WARNING text.half-width-punctuation /profile/functions/1/title",
                        "ERROR budget.total /expenditure/budget/total",
                        "ERROR text.bidi-control /selfEvaluation/team/leader/post",
                        "WARNING text.outline-instruction /result/conclusion/0",
                        "WARNING text.half-width-punctuation /result/conclusion/1",
                        "ERROR score-sheet.total-score /result/score",
                        "WARNING text.document-number-brackets /result/achievements/0/paragraphs/0",
                        "ERROR text.illegal-character /indicatorAnalysis/preparation/rationality/0",
                        "WARNING text.repeated-paragraph /indicatorAnalysis/preparation/standardization/0",
                        "WARNING text.repeated-word /indicatorAnalysis/preparation/goalSetting/0",
                        "WARNING text.stray-space /indicatorAnalysis/preparation/goalSetting/0",
                        "WARNING rate.completion-mismatch /indicatorAnalysis/benefit/goalAchievement/targets/0/statedCompletionRatePercent",
                        "ERROR score-sheet.score-exceeds-weight /scoreSheet/indicators/0/indicators/0/indicators/0/score"),
                Checks.summary(result));
        assertTrue(result.hasErrors());
        assertEquals(7, result.errors().size());
        assertEquals(10, result.warnings().size());
        assertTrue(result.errors().stream().allMatch(p -> p.severity() == Severity.ERROR));
    }

    @Test
    void describesEveryProblemInChinese() {
        Approvals.verify(Checks.validate(MANY).describe(Lang.ZH));
    }

    @Test
    void describesEveryProblemInEnglish() {
        Approvals.verify(Checks.validate(MANY).describe(Lang.EN));
    }

    @Test
    void warningsAloneDoNotBlockRendering() {
        ValidationResult result = Checks.validate(set("/result/statedGrade", org.jixiao.report.Grade.POOR));
        assertFalse(result.hasErrors());
        assertEquals(List.of(), result.errors());
        assertEquals(1, result.warnings().size());
    }

    @Test
    void theResultIsImmutable() {
        ValidationResult result = Checks.validate(MANY);
        assertThrows(
                UnsupportedOperationException.class, () -> result.problems().clear());
        List<Problem> source = new ArrayList<>(result.problems());
        ValidationResult copy = new ValidationResult(source);
        source.clear();
        assertEquals(17, copy.problems().size());
    }

    @Test
    void aNullReportIsRefused() {
        assertThrows(NullPointerException.class, () -> Checks.VALIDATOR.validate(null));
        assertThrows(NullPointerException.class, () -> ReportValidator.create(null));
    }

    @Test
    void oneValidatorServesManyThreadsAlike() throws Exception {
        Report report = MANY.apply(SampleReport.valid());
        ValidationResult expected = Checks.VALIDATOR.validate(report);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ValidationResult>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> Checks.VALIDATOR.validate(report)));
            }
            for (Future<ValidationResult> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
