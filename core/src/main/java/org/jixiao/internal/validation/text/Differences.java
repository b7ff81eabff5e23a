// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.Finding;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.Expenditure;
import org.jixiao.report.GoalAchievement;
import org.jixiao.report.Money;
import org.jixiao.report.Percent;
import org.jixiao.report.PreparationAccuracy;
import org.jixiao.report.Report;
import org.jixiao.validation.Severity;

/**
 * Warnings for spending far from its budget that the text leaves unexplained:
 *
 * <ul>
 *   <li>{@code expenditure.difference-unexplained}: the 预决算差异率 is beyond ±{@value #MAX_DIFFERENCE}% —
 *       the band past which the official score sheet gives no points unless the difference is explained
 *       — and the paragraphs under ①财政拨款收入预决算差异率 ({@code PreparationAccuracy.differenceRate})
 *       give no reason. At those paragraphs;
 *   <li>{@code expenditure.public-funds-over-budget}: the public funds (公用经费) spent more than their
 *       budget, a control rate above 100%, and the paragraphs under ①公用经费控制率
 *       ({@code GoalAchievement.publicFundsControl}) give no reason. At {@code /expenditure/publicFunds/actual}.
 * </ul>
 *
 * A paragraph gives a reason when it has one of the words of {@link #REASON}: 原因, 由于, 追加, 下达,
 * 未包含 …. Missing figures are left to {@code @NotNull}.
 */
final class Differences {
    static final String DIFFERENCE_CODE = "expenditure.difference-unexplained";
    static final String PUBLIC_FUNDS_CODE = "expenditure.public-funds-over-budget";

    /** The difference rate, in percent either way, past which it must be explained. */
    static final int MAX_DIFFERENCE = 20;

    /** Words that give a reason for a difference between budget and spending. */
    static final Pattern REASON =
            Pattern.compile("原因|由于|因为|主要是|系因|因素|追加|追减|调整|调增|调减|下达|转移支付|未包含|不含|不包含|未列入|未纳入|结转|上级|年中|新增");

    private static final String DIFFERENCE_PATH = "/indicatorAnalysis/preparation/accuracy/differenceRate";
    /** Where a report without the Guangdong analysis is told about an unexplained difference: the spending. */
    private static final String SPENT_PATH = "/expenditure/finalAccounts/expenditure";

    /** Words that show a sentence is about the budget and its spending. */
    private static final Pattern ABOUT_SPENDING = Pattern.compile("预算|决算|执行|差异|支出");

    private static final String PUBLIC_FUNDS_PATH = "/expenditure/publicFunds/actual";

    private Differences() {}

    static void check(Report report, List<Finding> findings) {
        Expenditure e = report.expenditure();
        if (e == null) {
            return;
        }
        if (e.budget() != null && e.finalAccounts() != null) {
            Money budget = e.budget().total();
            Money spent = e.finalAccounts().expenditure();
            Optional<Percent> rate = ProseRates.known(budget, spent)
                    ? Percent.of(spent.minus(budget).toYuan(), budget.toYuan())
                    : Optional.empty();
            if (rate.isPresent()
                    && rate.get().value().abs().compareTo(BigDecimal.valueOf(MAX_DIFFERENCE)) > 0
                    && !explained(differenceParagraphs(report))) {
                findings.add(Finding.ofRule(
                        Severity.WARNING,
                        DIFFERENCE_CODE,
                        hasTypedAnalysis(report) ? DIFFERENCE_PATH : SPENT_PATH,
                        rate.get().toString(),
                        null,
                        Map.of(
                                "rate",
                                rate.get().toString(),
                                "budget",
                                budget.toString(),
                                "expenditure",
                                spent.toString(),
                                "max",
                                MAX_DIFFERENCE)));
            }
        }
        BudgetVsActual publicFunds = e.publicFunds();
        if (publicFunds != null && ProseRates.known(publicFunds.budget(), publicFunds.actual())) {
            Optional<Percent> control = publicFunds.controlRate();
            if (control.isPresent()
                    && control.get().value().compareTo(BigDecimal.valueOf(100)) > 0
                    && !explained(publicFundsParagraphs(report))) {
                findings.add(Finding.ofRule(
                        Severity.WARNING,
                        PUBLIC_FUNDS_CODE,
                        PUBLIC_FUNDS_PATH,
                        publicFunds.actual().toString(),
                        null,
                        Map.of(
                                "rate",
                                control.get().toString(),
                                "budget",
                                publicFunds.budget().toString(),
                                "actual",
                                publicFunds.actual().toString())));
            }
        }
    }

    private static boolean explained(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            if (paragraph != null && REASON.matcher(paragraph).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTypedAnalysis(Report report) {
        return report.indicatorAnalysis() != null && report.indicatorAnalysis().preparation() != null;
    }

    /**
     * Where a difference is explained: the Guangdong analysis's 预决算差异率 paragraphs; in a report
     * without it, any sentence of the unit's own text, conclusion or problems that is about the budget
     * and its spending.
     */
    private static List<String> differenceParagraphs(Report report) {
        if (!hasTypedAnalysis(report)) {
            List<String> texts = new java.util.ArrayList<>();
            report.sections().values().stream().filter(t -> t != null).forEach(t -> texts.addAll(t.paragraphs()));
            report.extraSections().stream().filter(x -> x != null).forEach(x -> texts.addAll(x.paragraphs()));
            if (report.result() != null) {
                texts.addAll(report.result().conclusion());
            }
            report.problems().stream().filter(p -> p != null).forEach(p -> {
                texts.add(p.title());
                texts.addAll(p.paragraphs());
            });
            List<String> sentences = new java.util.ArrayList<>();
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                for (String sentence : text.split("[。；;！!？?]")) {
                    if (ABOUT_SPENDING.matcher(sentence).find()) {
                        sentences.add(sentence);
                    }
                }
            }
            return sentences;
        }
        PreparationAccuracy accuracy = report.indicatorAnalysis().preparation().accuracy();
        return accuracy == null ? List.of() : accuracy.differenceRate();
    }

    private static List<String> publicFundsParagraphs(Report report) {
        if (report.indicatorAnalysis() == null || report.indicatorAnalysis().benefit() == null) {
            return List.of();
        }
        GoalAchievement achievement = report.indicatorAnalysis().benefit().goalAchievement();
        return achievement == null ? List.of() : achievement.publicFundsControl();
    }
}
