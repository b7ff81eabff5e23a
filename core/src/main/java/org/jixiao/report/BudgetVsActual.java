// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * 预算数与决算数: a budget figure and the final figure spent against it, e.g. 机关运行经费.
 *
 * @param budget 预算数
 * @param actual 决算数
 */
public record BudgetVsActual(@NotNull @Valid Money budget, @NotNull @Valid Money actual) {

    /** 控制率 = 决算数 ÷ 预算数 × 100%; empty when the budget is zero. */
    public Optional<Percent> controlRate() {
        return Percent.of(actual.toYuan(), budget.toYuan());
    }

    /** 节约 = 预算数 − 决算数, in the budget's unit (negative when overspent). */
    public Money saving() {
        return budget.minus(actual);
    }
}
