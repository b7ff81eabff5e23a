// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jixiao.validation.constraints.FinalExpenditureTotal;

/**
 * 部门决算: the final accounts of the year.
 *
 * @param income 收入决算数 (optional)
 * @param expenditure 支出决算数 (执行数); must equal basic + project when both are given
 * @param basic 基本支出 (optional)
 * @param project 项目支出 (optional)
 */
@FinalExpenditureTotal
public record FinalAccounts(
        @Valid Money income, @NotNull @Valid Money expenditure, @Valid Money basic, @Valid Money project) {}
