// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jixiao.validation.constraints.FinalExpenditureTotal;

/**
 * 部门决算: the final accounts of the year.
 *
 * @param income 收入决算数
 * @param expenditure 支出决算数; must equal basic + project
 * @param basic 基本支出
 * @param project 项目支出
 */
@FinalExpenditureTotal
public record FinalAccounts(
        @NotNull @Valid Money income,
        @NotNull @Valid Money expenditure,
        @NotNull @Valid Money basic,
        @NotNull @Valid Money project) {}
