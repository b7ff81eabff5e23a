// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * 部门整体支出绩效指标分析: the four indicator groups of the score sheet, discussed.
 *
 * @param preparation 1.预算编制情况
 * @param execution 2.预算执行情况
 * @param supervision 3.预算监督情况
 * @param benefit 4.预算使用效益
 */
public record IndicatorAnalysis(
        @NotNull @Valid BudgetPreparation preparation,
        @NotNull @Valid BudgetExecution execution,
        @NotNull @Valid BudgetSupervision supervision,
        @NotNull @Valid BudgetBenefit benefit) {}
