// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The model's Jakarta constraints, with their stable codes and paths, through a real validator. */
class StandardConstraintsTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "missing string",
                        set("/cover/evaluatedUnits/unit", null),
                        "ERROR required /cover/evaluatedUnits/unit"),
                row(
                        "blank string",
                        set("/cover/evaluatedUnits/unit", " \u3000"),
                        "ERROR required /cover/evaluatedUnits/unit"),
                row("missing record", set("/expenditure/budget", null), "ERROR required /expenditure/budget"),
                row("missing list element", set("/keyTasks/1", null), "ERROR required /keyTasks/1"),
                row(
                        "empty required list",
                        set("/indicatorAnalysis/preparation/rationality", List.of()),
                        "ERROR required /indicatorAnalysis/preparation/rationality"),
                row(
                        "blank paragraph",
                        set("/indicatorAnalysis/preparation/rationality/0", ""),
                        "ERROR required /indicatorAnalysis/preparation/rationality/0"),
                row(
                        "missing amount",
                        set("/expenditure/budget/total/amount", null),
                        "ERROR required /expenditure/budget/total/amount"),
                row(
                        "missing boolean",
                        set("/selfEvaluation/disclosure/consistent", null),
                        "ERROR required /selfEvaluation/disclosure/consistent"),
                row(
                        "missing nested title",
                        set("/goals/0/subItems/0/title", null),
                        "ERROR required /goals/0/subItems/0/title"),
                row(
                        "issuer code over 20 characters",
                        set("/cover/basis/number/issuerCode", "湛".repeat(21)),
                        "ERROR size /cover/basis/number/issuerCode"),
                row(
                        "unit over 10 characters",
                        set("/indicatorAnalysis/benefit/goalAchievement/targets/0/unit", "具".repeat(11)),
                        "ERROR size /indicatorAnalysis/benefit/goalAchievement/targets/0/unit"),
                row(
                        "issuer code with brackets",
                        set("/cover/basis/number/issuerCode", "湛坡财【"),
                        "ERROR pattern /cover/basis/number/issuerCode"),
                row(
                        "negative head count",
                        set("/profile/staffing/retirees", -1),
                        "ERROR min /profile/staffing/retirees"),
                row(
                        "evaluation year before 2000",
                        set("/cover/evaluationYear", 1999),
                        "ERROR min /cover/evaluationYear",
                        "ERROR date.basis-year /cover/basis/number/year"),
                row(
                        "score over 100",
                        set("/result/score", new BigDecimal("100.5")),
                        "ERROR max /result/score",
                        "ERROR score-sheet.total-score /result/score"),
                row(
                        "score with two decimals",
                        all(
                                set("/result/score", new BigDecimal("95.55")),
                                set(
                                        "/scoreSheet/indicators/3/indicators/0/indicators/0/score",
                                        new BigDecimal("28.55"))),
                        "ERROR digits /result/score"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsTheConstraintWithItsCodeAndPath(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void requiredNamesTheFieldByItsTitleInBothLanguages() {
        Problem p = Checks.only(set("/cover/evaluatedUnits/unit", null));
        assertEquals(Severity.ERROR, p.severity());
        assertNull(p.value());
        assertNull(p.suggestion());
        assertEquals("“封面信息与评价依据 · 评价单位 · 单位名称”为必填项，请填写。", p.messageZh());
        assertEquals("\"cover · evaluated units · unit\" is required; fill it in.", p.messageEn());
    }

    @Test
    void sizeAndDigitsMessagesCarryTheConstraintsAttributes() {
        Problem size = Checks.only(set("/cover/basis/number/issuerCode", "湛".repeat(21)));
        assertEquals("“封面信息与评价依据 · 评价依据（通知） · 发文字号 · 机关代字”的长度应在 0 到 20 个字符（或条）之间，请删减。", size.messageZh());
        assertEquals("湛".repeat(21), size.value());
        Problem digits = Checks.only(set(
                "/indicatorAnalysis/execution/assetManagement/fixedAssetsOriginalValue/amount",
                new BigDecimal("5166573.74001")));
        assertEquals("“部门整体支出绩效指标分析 · 预算执行情况 · 资产管理 · 固定资产原值 · 数额”最多 15 位整数、4 位小数，请改正。", digits.messageZh());
        assertEquals("5166573.74001", digits.value());
    }

    @Test
    void aFutureDateNamesToday() {
        Problem p = Checks.only(set("/selfEvaluation/submission/date", java.time.LocalDate.of(2023, 6, 2)));
        assertEquals("date.future", p.code());
        assertEquals("“自评工作开展情况 · 自评材料报送时间及质量 · 报送日期”晚于今天（2023-06-01），不能填写将来的日期，请改正。", p.messageZh());
        assertEquals(
                "\"self evaluation · submission · date\" is after today (2023-06-01); a date in the future is not allowed, correct it.",
                p.messageEn());
        assertEquals("2023-06-02", p.value());
    }
}
