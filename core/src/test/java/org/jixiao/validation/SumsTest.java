// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.validation.constraints.BudgetTotal;
import org.jixiao.validation.constraints.FinalExpenditureTotal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BudgetTotal} and {@link FinalExpenditureTotal}: totals equal basic + project, by value, when
 * both parts are given; 人员经费 + 公用经费 = 基本支出 (a warning).
 */
class SumsTest {
    /** 人员经费: 302.42万元 budgeted; with the sample's 公用经费 of 84.02万元, its 基本支出 of 386.44万元. */
    private static final BudgetVsActual PERSONNEL =
            new BudgetVsActual(Money.tenThousandYuan("302.42"), Money.tenThousandYuan("424.60"));

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "budget total off by 0.01",
                        set("/expenditure/budget/total", Money.tenThousandYuan("4659.18")),
                        "ERROR budget.total /expenditure/budget/total"),
                row(
                        "budget part off by 0.01",
                        set("/expenditure/budget/project", Money.tenThousandYuan("4272.72")),
                        "ERROR budget.total /expenditure/budget/total"),
                row("budget total in 元 with the same value", set("/expenditure/budget/total", Money.yuan("46591700"))),
                row(
                        "budget total in 元 off by 0.01元",
                        set("/expenditure/budget/total", Money.yuan("46591700.01")),
                        "ERROR budget.total /expenditure/budget/total"),
                row(
                        "budget total with more decimals, same value",
                        set("/expenditure/budget/total", Money.tenThousandYuan("4659.1700"))),
                row(
                        "final expenditure off by 0.01",
                        set("/expenditure/finalAccounts/expenditure", Money.tenThousandYuan("9141.55")),
                        "ERROR final-accounts.expenditure /expenditure/finalAccounts/expenditure"),
                row(
                        "final basic in 元 with the same value",
                        set("/expenditure/finalAccounts/basic", Money.yuan("4608800"))),
                row(
                        "final project off",
                        set("/expenditure/finalAccounts/project", Money.tenThousandYuan("8680.67")),
                        "ERROR final-accounts.expenditure /expenditure/finalAccounts/expenditure"),
                row(
                        "income need not equal expenditure",
                        set("/expenditure/finalAccounts/income", Money.tenThousandYuan("9200"))),
                row(
                        "a budget without its split has no sum to check",
                        all(set("/expenditure/budget/basic", null), set("/expenditure/budget/project", null))),
                row(
                        "nor with one part only",
                        all(
                                set("/expenditure/budget/basic", null),
                                set("/expenditure/budget/total", Money.tenThousandYuan("5000")))),
                row(
                        "final accounts with one part only",
                        all(
                                set("/expenditure/finalAccounts/project", null),
                                set("/expenditure/finalAccounts/expenditure", Money.tenThousandYuan("9000")))),
                row("personnel and public funds make up the basic budget", set("/expenditure/personnel", PERSONNEL)),
                row(
                        "in another unit too",
                        set(
                                "/expenditure/personnel",
                                new BudgetVsActual(Money.yuan("3024200"), Money.tenThousandYuan("424.60")))),
                row(
                        "personnel plus public funds off by 0.01",
                        set(
                                "/expenditure/personnel",
                                new BudgetVsActual(Money.tenThousandYuan("302.43"), Money.tenThousandYuan("424.60"))),
                        "WARNING expenditure.basic-split /expenditure/personnel/budget"),
                row(
                        "without public funds there is no split to check",
                        all(
                                set(
                                        "/expenditure/personnel",
                                        new BudgetVsActual(Money.tenThousandYuan("1"), Money.tenThousandYuan("1"))),
                                set("/expenditure/publicFunds", null))),
                row(
                        "nor without the basic budget",
                        all(
                                set(
                                        "/expenditure/personnel",
                                        new BudgetVsActual(Money.tenThousandYuan("1"), Money.tenThousandYuan("1"))),
                                set("/expenditure/budget/basic", null),
                                set("/expenditure/budget/project", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void totalEqualsBasicPlusProject(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void budgetTotalSaysTheSumAndSuggestsIt() {
        Problem p = Checks.only(set("/expenditure/budget/total", Money.tenThousandYuan("4659.18")));
        assertEquals("4659.18万元", p.value());
        assertEquals("4659.17万元", p.suggestion());
        assertEquals("总预算应等于基本支出与项目支出之和：386.44万元 + 4272.73万元 = 4659.17万元，但填写的是 4659.18万元。请改正总预算或其组成。", p.messageZh());
        assertEquals(
                "The budget total must equal basic plus project expenditure: 386.44万元 + 4272.73万元 = 4659.17万元,"
                        + " but 4659.18万元 was given. Correct the total or its parts.",
                p.messageEn());
    }

    @Test
    void aBasicSplitThatDoesNotAddUpNamesTheThreeFigures() {
        Problem p = Checks.only(set(
                "/expenditure/personnel",
                new BudgetVsActual(Money.tenThousandYuan("302.43"), Money.tenThousandYuan("424.60"))));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("302.43万元", p.value());
        assertEquals("人员经费预算 302.43万元 与公用经费预算 84.02万元 之和 386.45万元 不等于基本支出预算 386.44万元。请核对这三个数。", p.messageZh());
    }

    @Test
    void theSuggestionIsInTheTotalsUnit() {
        Problem p = Checks.only(set("/expenditure/budget/total", Money.yuan("46591700.01")));
        assertEquals("46591700元", p.suggestion());
    }
}
