// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * 上年度数据: last year's figures, for reports that compare the year with the one before.
 *
 * @param budget 上年度总预算
 * @param expenditure 上年度支出决算数
 */
public record PreviousYear(@NotNull @Valid Money budget, @NotNull @Valid Money expenditure) {}
