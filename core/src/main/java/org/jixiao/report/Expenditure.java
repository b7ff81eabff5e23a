// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * 部门整体支出情况: the budget against the final accounts.
 *
 * @param budget 预算 (总预算 = 基本支出 + 项目支出)
 * @param finalAccounts 决算 (支出决算 = 基本支出 + 项目支出)
 * @param publicFunds 公用经费 / 机关运行经费 (预算数, 决算数)
 * @param threePublicExpenses “三公”经费 (预算数, 决算数), optional
 */
public record Expenditure(
        @NotNull @Valid Budget budget,
        @NotNull @Valid FinalAccounts finalAccounts,
        @NotNull @Valid BudgetVsActual publicFunds,
        @Valid BudgetVsActual threePublicExpenses) {

    /** 预决算差异率 = (支出决算 − 总预算) ÷ 总预算 × 100%; empty when the budget is zero. */
    public Optional<Percent> differenceRate() {
        return Percent.of(
                finalAccounts.expenditure().minus(budget.total()).toYuan(),
                budget.total().toYuan());
    }
}
