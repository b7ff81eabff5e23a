// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stated rates (完成率, 到位率, 使用率, 预算执行率) that contradict their own figures, and key-project
 * funds out of order: warnings, since the page prints what is computed.
 */
class StatedFiguresTest {
    /** 2022年全区遗体火化: 1951 of 2205 具. */
    private static final String CREMATION = "/indicatorAnalysis/benefit/goalAchievement/targets/0";
    /** 民政管理事务专项资金: 122.86万元 arranged, arrived and used; stated 100% and 100%. */
    private static final String FUNDS = "/indicatorAnalysis/benefit/keyProjects/0/funds";
    /** 预算执行率 as stated; the sample spends 9141.56万元 of a budget of 4659.17万元. */
    private static final String EXECUTION_RATE = "/expenditure/statedExecutionRatePercent";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "85% for 1951 ÷ 2205",
                        set(CREMATION + "/statedCompletionRatePercent", n("85")),
                        "WARNING rate.completion-mismatch " + CREMATION + "/statedCompletionRatePercent"),
                row("88.48% for 1951 ÷ 2205", set(CREMATION + "/statedCompletionRatePercent", n("88.48"))),
                row("88.5% agrees at one decimal", set(CREMATION + "/statedCompletionRatePercent", n("88.5"))),
                row("88% agrees at no decimal", set(CREMATION + "/statedCompletionRatePercent", n("88"))),
                row(
                        "88.47% does not",
                        set(CREMATION + "/statedCompletionRatePercent", n("88.47")),
                        "WARNING rate.completion-mismatch " + CREMATION + "/statedCompletionRatePercent"),
                row("no stated rate", set(CREMATION + "/statedCompletionRatePercent", null)),
                row("a zero target computes no rate to contradict", set(CREMATION + "/target", n("0"))),
                row(
                        "a goal's target is checked too",
                        set("/goals/0/targets/0/statedCompletionRatePercent", n("99")),
                        "WARNING rate.completion-mismatch /goals/0/targets/0/statedCompletionRatePercent"),
                row(
                        "100.00% for 100%",
                        all(
                                set(FUNDS + "/statedArrivalRatePercent", n("100.00")),
                                set(FUNDS + "/statedUsageRatePercent", n("100.00")))),
                row(
                        "arrival rate 99% for 100%",
                        set(FUNDS + "/statedArrivalRatePercent", n("99")),
                        "WARNING rate.arrival-mismatch " + FUNDS + "/statedArrivalRatePercent"),
                row(
                        "usage rate 99.99% for 100%",
                        set(FUNDS + "/statedUsageRatePercent", n("99.99")),
                        "WARNING rate.usage-mismatch " + FUNDS + "/statedUsageRatePercent"),
                row(
                        "funds arrived below arranged, both rates stated 100%",
                        set(FUNDS + "/arrived", Money.tenThousandYuan("120")),
                        "WARNING funds.used-exceeds-arrived " + FUNDS + "/used",
                        "WARNING rate.arrival-mismatch " + FUNDS + "/statedArrivalRatePercent",
                        "WARNING rate.usage-mismatch " + FUNDS + "/statedUsageRatePercent"),
                row(
                        "used above arrived",
                        all(
                                set(FUNDS + "/used", Money.tenThousandYuan("122.87")),
                                set(FUNDS + "/statedUsageRatePercent", null)),
                        "WARNING funds.used-exceeds-arrived " + FUNDS + "/used"),
                row(
                        "arrived above arranged",
                        all(
                                set(FUNDS + "/arrived", Money.tenThousandYuan("130")),
                                set(FUNDS + "/used", Money.tenThousandYuan("130")),
                                set(FUNDS + "/statedArrivalRatePercent", null)),
                        "WARNING funds.arrived-exceeds-arranged " + FUNDS + "/arrived"),
                row("used equal to arrived in another unit", set(FUNDS + "/used", Money.yuan("1228600"))),
                row("execution rate 196.21% for 9141.56 ÷ 4659.17", set(EXECUTION_RATE, n("196.21"))),
                row("196.2% agrees at one decimal", set(EXECUTION_RATE, n("196.2"))),
                row(
                        "100% does not",
                        set(EXECUTION_RATE, n("100")), "WARNING rate.execution-mismatch " + EXECUTION_RATE),
                row(
                        "a zero budget computes no rate to contradict",
                        all(
                                set("/expenditure/budget/total", Money.tenThousandYuan("0")),
                                set("/expenditure/budget/basic", null),
                                set("/expenditure/budget/project", null),
                                set(EXECUTION_RATE, n("100")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void statedFiguresAgreeWithComputedOnes(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void theSeedsCremationRateSuggestsTheComputedRate() {
        Problem p = Checks.only(set(CREMATION + "/statedCompletionRatePercent", n("85")));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("85%", p.value());
        assertEquals("88.48%", p.suggestion());
        assertEquals("填写的完成率 85% 与数据不符：完成数 1951 ÷ 任务数 2205 = 88.48%。报告将印出 88.48%；请改正填写的完成率。", p.messageZh());
        assertEquals(
                "The stated completion rate 85% contradicts the figures: achieved 1951 ÷ target 2205 = 88.48%."
                        + " The report prints 88.48%; correct the stated rate.",
                p.messageEn());
    }

    @Test
    void usedAboveArrivedNamesBothAmounts() {
        Problem p = Checks.only(all(
                set(FUNDS + "/used", Money.tenThousandYuan("122.87")), set(FUNDS + "/statedUsageRatePercent", null)));
        assertEquals("实际使用数 122.87万元 大于到位数 122.86万元，使用的资金不应多于到位的资金。请核对这两个数。", p.messageZh());
    }

    @Test
    void anExecutionRateStatedAsHundredPercentSuggestsTheComputedOne() {
        // 21680.25万元 spent of 11605.29万元 budgeted is 186.8135…%, stated as 100%
        Report report = ReportEditor.set(
                ReportEditor.set(SampleReport.hubeiShort(), EXECUTION_RATE, n("100")),
                "/expenditure/finalAccounts/expenditure",
                Money.tenThousandYuan("21680.25"));
        // the difference itself is unexplained too: another rule's warning, not this test's
        List<Problem> problems = Checks.VALIDATOR.validate(report).problems().stream()
                .filter(p -> !p.code().equals("expenditure.difference-unexplained"))
                .toList();
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("rate.execution-mismatch", p.code());
        assertEquals("100%", p.value());
        assertEquals("186.81%", p.suggestion());
        assertEquals(
                "填写的预算执行率 100% 与数据不符：支出决算（执行数）21680.25万元 ÷ 总预算 11605.29万元 = 186.81%。" + "报告将印出 186.81%；请改正填写的执行率。",
                p.messageZh());
        assertEquals(
                "The stated budget execution rate 100% contradicts the figures: final expenditure 21680.25万元"
                        + " ÷ total budget 11605.29万元 = 186.81%. The report prints 186.81%; correct the stated rate.",
                p.messageEn());
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
