// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 金额: not negative, at most 4 decimals, wherever a {@link Money} is used (through {@code @Valid}). */
class MoneyTest {
    private static final String FIXED = "/indicatorAnalysis/execution/assetManagement/fixedAssetsOriginalValue";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("4 decimals", set(FIXED, Money.yuan("5166573.7401"))),
                row("4 decimals in 万元 (as 4398.1047万元)", set(FIXED, Money.tenThousandYuan("4398.1047"))),
                row("5 decimals", set(FIXED, Money.yuan("5166573.74001")), "ERROR digits " + FIXED + "/amount"),
                row(
                        "trailing zeros count: the amount prints at its own scale",
                        set(FIXED, Money.yuan("5166573.740000")),
                        "ERROR digits " + FIXED + "/amount"),
                row("trailing zeros up to 4 decimals", set(FIXED, Money.yuan("5166573.7400"))),
                row("zero", set(FIXED, Money.yuan("0"))),
                row(
                        "negative",
                        set(FIXED, new Money(new BigDecimal("-0.01"), MoneyUnit.YUAN)),
                        "ERROR min " + FIXED + "/amount"),
                row(
                        "negative and 5 decimals",
                        set(FIXED, new Money(new BigDecimal("-0.00001"), MoneyUnit.YUAN)),
                        "ERROR digits " + FIXED + "/amount",
                        "ERROR min " + FIXED + "/amount"),
                row(
                        "16 integer digits",
                        set(FIXED, Money.yuan("1234567890123456")),
                        "ERROR digits " + FIXED + "/amount"),
                row("missing unit", set(FIXED + "/unit", null), "ERROR required " + FIXED + "/unit"),
                row(
                        "a negative part of a sum is reported with the sum it breaks",
                        set(
                                "/expenditure/budget/basic",
                                new Money(new BigDecimal("-386.44"), MoneyUnit.TEN_THOUSAND_YUAN)),
                        "ERROR budget.total /expenditure/budget/total",
                        "ERROR min /expenditure/budget/basic/amount"),
                row(
                        "amounts in three-public expenses are checked too",
                        set("/expenditure/threePublicExpenses/actual/amount", new BigDecimal("-1")),
                        "ERROR min /expenditure/threePublicExpenses/actual/amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void amountIsNotNegativeWithAtMostFourDecimals(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }
}
