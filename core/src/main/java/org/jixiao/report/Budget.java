// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jixiao.validation.constraints.BudgetTotal;

/**
 * 部门预算: the approved budget.
 *
 * @param total 总预算; must equal basic + project when both are given
 * @param basic 基本支出 (optional)
 * @param project 项目支出 (optional)
 */
@BudgetTotal
public record Budget(@NotNull @Valid Money total, @Valid Money basic, @Valid Money project) {}
