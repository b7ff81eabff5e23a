// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jixiao.validation.constraints.BudgetTotal;

/**
 * 部门预算: the approved budget.
 *
 * @param total 总预算; must equal basic + project
 * @param basic 基本支出
 * @param project 项目支出
 */
@BudgetTotal
public record Budget(@NotNull @Valid Money total, @NotNull @Valid Money basic, @NotNull @Valid Money project) {}
