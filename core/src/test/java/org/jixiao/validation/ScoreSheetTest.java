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
import org.jixiao.report.Grade;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score sheet: weights add up to 100 and level by level, scores within weights, deductions
 * explained, the stated score and grade agree with the sheet.
 */
class ScoreSheetTest {
    /** 预算使用效益 (30) → 整体效益 (30) → 履职效益 (30, scored 28.5). */
    private static final String P3 = "/scoreSheet/indicators/3";

    private static final String T3 = P3 + "/indicators/0/indicators/0";
    /** 预算编制 → 合理性 (5) → 预算编制合理性 (5, scored 5). */
    private static final String T0 = "/scoreSheet/indicators/0/indicators/0/indicators/0";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "weights add up to 99",
                        all(
                                set(P3 + "/weight", n("29")),
                                set(P3 + "/indicators/0/weight", n("29")),
                                set(T3 + "/weight", n("29"))),
                        "ERROR score-sheet.total-weight /scoreSheet/indicators"),
                row(
                        "weights add up to 100.0",
                        all(
                                set(P3 + "/weight", n("30.0")),
                                set(P3 + "/indicators/0/weight", n("30.0")),
                                set(T3 + "/weight", n("30.0")))),
                row(
                        "first-level weight not the sum of its second-level weights",
                        all(
                                set("/scoreSheet/indicators/0/weight", n("21")),
                                set("/scoreSheet/indicators/1/weight", n("29"))),
                        "ERROR score-sheet.weight-sum /scoreSheet/indicators/0/weight",
                        "ERROR score-sheet.weight-sum /scoreSheet/indicators/1/weight"),
                row(
                        "second-level weight not the sum of its third-level weights",
                        set("/scoreSheet/indicators/0/indicators/1/weight", n("14")),
                        "ERROR score-sheet.weight-sum /scoreSheet/indicators/0/weight",
                        "ERROR score-sheet.weight-sum /scoreSheet/indicators/0/indicators/1/weight"),
                row(
                        "score above its weight",
                        all(set(T3 + "/score", n("31")), set("/result/score", n("98"))),
                        "ERROR score-sheet.score-exceeds-weight " + T3 + "/score"),
                row("score equal to its weight", all(set(T3 + "/score", n("30")), set("/result/score", n("97")))),
                row(
                        "score below its weight without a reason",
                        all(set(T0 + "/score", n("4")), set("/result/score", n("94.5"))),
                        "WARNING score-sheet.deduction-reason-missing " + T0 + "/deductionReason"),
                row(
                        "score below its weight with a blank reason",
                        all(
                                set(T0 + "/score", n("4")),
                                set(T0 + "/deductionReason", "  "),
                                set("/result/score", n("94.5"))),
                        "WARNING score-sheet.deduction-reason-missing " + T0 + "/deductionReason"),
                row(
                        "score below its weight with a reason",
                        all(
                                set(T0 + "/score", n("4")),
                                set(T0 + "/deductionReason", "扣1分。"),
                                set("/result/score", n("94.5")))),
                row(
                        "stated score not the sheet's total",
                        set("/result/score", n("95")),
                        "ERROR score-sheet.total-score /result/score"),
                row("sheet's total at another scale than the stated score", set(T3 + "/score", n("28.50"))),
                row(
                        "stated grade not the score's",
                        set("/result/statedGrade", Grade.GOOD),
                        "WARNING result.grade-mismatch /result/statedGrade"),
                row("no stated grade", set("/result/statedGrade", null)),
                row(
                        "grade at a band's lower bound",
                        all(
                                set(T3 + "/score", n("22.5")),
                                set(T3 + "/deductionReason", "扣7.5分。"),
                                set("/result/score", n("89.5")),
                                set("/result/statedGrade", Grade.GOOD))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void scoreSheetAddsUp(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void totalWeightSaysTheSum() {
        Problem p = Checks.only(all(
                set(P3 + "/weight", n("29")), set(P3 + "/indicators/0/weight", n("29")), set(T3 + "/weight", n("29"))));
        assertEquals("99", p.value());
        assertEquals("评分表一级指标的分值合计应为 100 分，现为 99 分。请调整各一级指标的分值。", p.messageZh());
    }

    @Test
    void totalScoreSuggestsTheSheetsTotal() {
        Problem p = Checks.only(set("/result/score", n("95")));
        assertEquals("95", p.value());
        assertEquals("95.5", p.suggestion());
        assertEquals("自评得分应等于评分表各三级指标得分之和 95.5，但填写的是 95。请改正自评得分或评分表。", p.messageZh());
    }

    @Test
    void gradeMismatchSuggestsTheComputedGrade() {
        Problem p = Checks.only(set("/result/statedGrade", Grade.GOOD));
        assertEquals("GOOD", p.value());
        assertEquals("EXCELLENT", p.suggestion());
        assertEquals(
                "自评得分 95.5 对应的评价等级是“优”，但填写的是“良”（优 ≥ 90，良 80～<90，中 60～<80，差 <60）。报告将印出“优”；请改正填写的等级。", p.messageZh());
    }

    @Test
    void deductionReasonSaysHowMuchWasDeducted() {
        Problem p = Checks.only(all(set(T0 + "/score", n("4")), set("/result/score", n("94.5"))));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("自评得分 4 低于分值 5（扣 1 分），但没有填写扣分原因。请说明扣分原因。", p.messageZh());
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
