// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.validation.Severity;
import org.jixiao.validation.constraints.StatedExecutionRateMatches;

/**
 * 部门整体支出情况: the budget against the final accounts.
 *
 * @param budget 预算 (总预算 = 基本支出 + 项目支出)
 * @param finalAccounts 决算 (支出决算 = 基本支出 + 项目支出)
 * @param publicFunds 公用经费 / 机关运行经费 (预算数, 决算数), optional
 * @param threePublicExpenses “三公”经费 (预算数, 决算数), optional
 * @param personnel 人员经费 (预算数, 决算数), optional; with {@code publicFunds} it makes up 基本支出
 * @param fiscalAppropriationIncome 财政拨款收入, optional
 * @param previousYear last year's figures, for reports that compare, optional
 * @param statedExecutionRatePercent the 预算执行率 the author stated, in percent (optional); never
 *     printed: the page shows the rate computed from the figures
 */
@StatedExecutionRateMatches(payload = Severity.Warning.class)
public record Expenditure(
        @NotNull @Valid Budget budget,
        @NotNull @Valid FinalAccounts finalAccounts,
        @Valid BudgetVsActual publicFunds,
        @Valid BudgetVsActual threePublicExpenses,
        @Valid BudgetVsActual personnel,
        @Valid Money fiscalAppropriationIncome,
        @Valid PreviousYear previousYear,
        @DecimalMin("0") BigDecimal statedExecutionRatePercent) {

    /** The four components of the Guangdong form, without the optional ones. */
    public Expenditure(
            Budget budget,
            FinalAccounts finalAccounts,
            BudgetVsActual publicFunds,
            BudgetVsActual threePublicExpenses) {
        this(budget, finalAccounts, publicFunds, threePublicExpenses, null, null, null, null);
    }

    /** 预决算差异率 = (支出决算 − 总预算) ÷ 总预算 × 100%; empty when the budget is zero. */
    public Optional<Percent> differenceRate() {
        return Percent.of(
                finalAccounts.expenditure().minus(budget.total()).toYuan(),
                budget.total().toYuan());
    }

    /** 预算执行率 = 支出决算（执行数） ÷ 总预算 × 100%; empty when the budget is zero. */
    public Optional<Percent> executionRate() {
        return Percent.of(finalAccounts.expenditure().toYuan(), budget.total().toYuan());
    }
}
