// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.Expenditure;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.Money;
import org.jixiao.report.Percent;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.ProjectFunds;
import org.jixiao.report.Report;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.rate-mismatch}: a rate stated in the text, {@code 执行率为100%}, that contradicts
 * the rate the report's own figures give. The rates checked, and against what:
 *
 * <ul>
 *   <li>{@code 差异率} (预决算差异率): {@link Expenditure#differenceRate()}, or its absolute value;
 *   <li>{@code 控制率} after 公用经费 or 机关运行经费: the public funds' control rate; after 三公:
 *       the “三公” funds' (when the report has them);
 *   <li>{@code 执行率} outside a key project: 支出决算数 ÷ 总预算, or after 基本支出 / 项目支出 their own
 *       决算 ÷ 预算 — not when the sentence speaks of projects, special funds or an adjusted budget
 *       (项目, 专项, 调整), for which the report has no figures;
 *   <li>{@code 到位率}, {@code 使用率}, {@code 支出率}, {@code 执行率} in a key project's own text: that
 *       project's arrival rate, usage rate (实际使用数 ÷ 到位数) or, for 执行率, also 实际使用数 ÷ 预算安排数;
 *   <li>{@code 完成率} in a string that also gives a measurable target's 任务数 and 完成数: that target's
 *       completion rate.
 * </ul>
 *
 * A rate agrees when it is equal at its own precision ({@link Percent#agreesWith}). Not checked: a rate
 * that is a goal or a condition (the sentence has 力争, 确保, 计划, 要求 …; the figure is followed by
 * 以上, 以下, 以内, 左右 or 的), the score sheet's indicator names, explanations and criteria (which state
 * rules, not results), 在职人员控制率 and any other rate. One finding per stated rate; the suggestion is
 * the computed rate as the template prints it.
 *
 * <p>One instance per report, which it reads for the figures.
 */
final class ProseRates {
    static final String CODE = "text.rate-mismatch";

    /** The kinds of rate checked: two characters before 率. */
    static final List<String> KINDS = List.of("到位率", "使用率", "执行率", "支出率", "差异率", "控制率", "完成率");

    /** What follows the kind of a rate: a verb, the figure, a percent sign. */
    static final Pattern FIGURE = Pattern.compile("(?:为|是|达到了|达到|高达|已达|达|仅为|约为|约|提高到|提升到|提高至|提升至|:|：)?[ \\u3000]*"
            + "([0-9]{1,4}(?:\\.[0-9]{1,4})?)[ \\u3000]*[%％]");

    /** Words before a rate, in its sentence, that make it a goal or a condition rather than a result. */
    private static final Pattern NOT_A_RESULT = Pattern.compile("力争|确保|争取|计划|预计|预期|要求|应当|应达|不低于|不少于|不超过|目标值|指标值|如果|若");

    /** What may follow a figure that makes it a bound or an estimate rather than the rate. */
    private static final List<String> BOUNDS = List.of("以上", "以下", "以内", "左右", "的", "及以上", "（含）", "(含)");

    private static final String SENTENCE_ENDS = "。；;！？!?\n";

    /** The score sheet's components that state rules rather than results. */
    private static final List<String> RULE_TEXTS = List.of("name", "explanation", "criteria");

    private final Report report;

    ProseRates(Report report) {
        this.report = report;
    }

    void check(TextSite site, List<Finding> findings) {
        String text = site.text();
        if (text.indexOf('%') < 0 && text.indexOf('％') < 0) {
            return; // most strings: no rate
        }
        if ("scoreSheet".equals(site.location().topName())
                && RULE_TEXTS.contains(site.location().name())) {
            return;
        }
        Matcher m = FIGURE.matcher(text);
        for (int rate = text.indexOf('率', 2); rate >= 0; rate = text.indexOf('率', rate + 1)) {
            String kind = kind(text, rate);
            if (kind == null || !m.region(rate + 1, text.length()).lookingAt()) {
                continue;
            }
            int kindStart = rate - 2;
            int start = sentenceStart(text, kindStart);
            String before = text.substring(start, kindStart);
            if (NOT_A_RESULT.matcher(before).find() || bounded(text, m.end())) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1));
            List<Computed> candidates =
                    candidates(kind, before, text.substring(start, sentenceEnd(text, m.end())), site);
            if (candidates.isEmpty() || candidates.stream().anyMatch(c -> c.agreesWith(stated))) {
                continue;
            }
            Computed expected = candidates.get(0);
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    CODE,
                    site.path(),
                    DisplayText.abbreviate(text.substring(kindStart, m.end())),
                    expected.rate().toString(),
                    Map.of(
                            "stated", stated.toPlainString() + "%",
                            "computed", expected.rate().toString(),
                            "numerator", expected.numerator(),
                            "denominator", expected.denominator())));
        }
    }

    /** The kind of rate whose 率 is at {@code rate}, or null when it is none of {@link #KINDS}. */
    private static String kind(String text, int rate) {
        for (int k = 0; k < KINDS.size(); k++) {
            if (text.startsWith(KINDS.get(k), rate - 2)) {
                return KINDS.get(k);
            }
        }
        return null;
    }

    /**
     * A rate computed from the report's figures.
     *
     * @param numerator the figure divided, as printed, for the message
     * @param denominator the figure divided by, as printed
     * @param absoluteToo whether the rate's absolute value agrees too (a difference stated without its sign)
     */
    private record Computed(Percent rate, String numerator, String denominator, boolean absoluteToo) {
        boolean agreesWith(BigDecimal stated) {
            return rate.agreesWith(stated)
                    || absoluteToo && new Percent(rate.value().abs()).agreesWith(stated);
        }
    }

    /** The rates the stated one may be, most likely first; empty when the report has none to compare with. */
    /**
     * @param before the sentence up to the rate: what it is a rate of
     * @param sentence the whole sentence
     */
    private List<Computed> candidates(String kind, String before, String sentence, TextSite site) {
        List<Computed> candidates = new ArrayList<>(2);
        int project = site.location().indexUnder("keyProjects");
        ProjectFunds funds = project >= 0 ? funds(project) : null;
        Expenditure e = report.expenditure();
        switch (kind) {
            case "差异率" -> {
                if (project < 0 && e != null && e.budget() != null && e.finalAccounts() != null) {
                    Money budget = e.budget().total();
                    Money spent = e.finalAccounts().expenditure();
                    if (known(budget, spent)) {
                        add(candidates, spent.minus(budget), budget, true);
                    }
                }
            }
            case "控制率" -> {
                String qualifier = qualifier(before);
                BudgetVsActual controlled = e == null
                        ? null
                        : qualifier.contains("公用经费") || qualifier.contains("运行经费")
                                ? e.publicFunds()
                                : qualifier.contains("三公") ? e.threePublicExpenses() : null;
                if (controlled != null) {
                    add(candidates, controlled.actual(), controlled.budget(), false);
                }
            }
            case "执行率" -> {
                if (funds != null) {
                    add(candidates, funds.used(), funds.arrived(), false);
                    add(candidates, funds.used(), funds.arranged(), false);
                } else if (project < 0 && e != null && e.budget() != null && e.finalAccounts() != null) {
                    String qualifier = qualifier(before);
                    if (qualifier.contains("基本支出")) {
                        add(candidates, e.finalAccounts().basic(), e.budget().basic(), false);
                    } else if (qualifier.contains("项目支出")) {
                        add(candidates, e.finalAccounts().project(), e.budget().project(), false);
                    } else if (!sentence.contains("项目") && !sentence.contains("专项") && !sentence.contains("调整")) {
                        add(
                                candidates,
                                e.finalAccounts().expenditure(),
                                e.budget().total(),
                                false);
                    }
                }
            }
            case "到位率" -> {
                if (funds != null) {
                    add(candidates, funds.arrived(), funds.arranged(), false);
                }
            }
            case "使用率", "支出率" -> {
                if (funds != null) {
                    add(candidates, funds.used(), funds.arrived(), false);
                }
            }
            case "完成率" -> completion(candidates, site.text());
            default -> throw new IllegalStateException(kind);
        }
        return candidates;
    }

    /** The targets whose 任务数 and 完成数 both appear in the text. */
    private void completion(List<Computed> candidates, String text) {
        for (MeasurableTarget target : targets()) {
            if (target == null || target.target() == null || target.achieved() == null) {
                continue;
            }
            String goal = target.target().toPlainString();
            String done = target.achieved().toPlainString();
            if (containsNumber(text, goal) && containsNumber(text, done)) {
                target.completionRate().ifPresent(rate -> candidates.add(new Computed(rate, done, goal, false)));
            }
        }
    }

    private List<MeasurableTarget> targets() {
        List<MeasurableTarget> targets = new ArrayList<>();
        if (report.goals() != null) {
            for (PerformanceGoal goal : report.goals()) {
                if (goal != null) {
                    targets.addAll(goal.targets());
                }
            }
        }
        if (report.indicatorAnalysis() != null
                && report.indicatorAnalysis().benefit() != null
                && report.indicatorAnalysis().benefit().goalAchievement() != null) {
            targets.addAll(
                    report.indicatorAnalysis().benefit().goalAchievement().targets());
        }
        return targets;
    }

    private ProjectFunds funds(int project) {
        if (report.indicatorAnalysis() == null || report.indicatorAnalysis().benefit() == null) {
            return null;
        }
        List<KeyProject> projects = report.indicatorAnalysis().benefit().keyProjects();
        KeyProject keyProject = project < projects.size() ? projects.get(project) : null;
        return keyProject != null ? keyProject.funds() : null;
    }

    /**
     * Adds numerator ÷ denominator × 100% when both amounts are there (a missing one is left to
     * {@code @NotNull}) and the denominator is not zero.
     */
    private static void add(List<Computed> candidates, Money numerator, Money denominator, boolean absoluteToo) {
        if (known(numerator, denominator)) {
            Percent.of(numerator.toYuan(), denominator.toYuan())
                    .ifPresent(rate -> candidates.add(
                            new Computed(rate, numerator.toString(), denominator.toString(), absoluteToo)));
        }
    }

    /** Whether every amount is there, with its unit. */
    static boolean known(Money... amounts) {
        for (Money m : amounts) {
            if (m == null || m.amount() == null || m.unit() == null) {
                return false;
            }
        }
        return true;
    }

    /** The last ten characters before the rate: what it is a rate of, 公用经费控制率. */
    private static String qualifier(String sentence) {
        return sentence.substring(Math.max(0, sentence.length() - 10));
    }

    /** The start of the sentence (or clause after a semicolon) that the char before {@code end} is in. */
    private static int sentenceStart(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the sentence (or clause before a semicolon) that the char at {@code start} is in. */
    private static int sentenceEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean bounded(String text, int end) {
        for (String bound : BOUNDS) {
            if (text.startsWith(bound, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code number} stands in the text as a number of its own, not as part of a longer one. */
    static boolean containsNumber(String text, String number) {
        for (int i = text.indexOf(number); i >= 0; i = text.indexOf(number, i + 1)) {
            int end = i + number.length();
            boolean digitBefore = i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.');
            boolean digitAfter = end < text.length()
                    && (isDigit(text.charAt(end))
                            || text.charAt(end) == '.' && end + 1 < text.length() && isDigit(text.charAt(end + 1)));
            if (!digitBefore && !digitAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
