// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.jixiao.validation.constraints.BasisYearMatches;
import org.jixiao.validation.constraints.FillingDateAfterEvaluationYear;

/**
 * 封面信息: the cover block and the basis of the evaluation.
 *
 * @param evaluationYear 评价年度: the budget year evaluated, e.g. 2022
 * @param evaluatedUnits 评价单位
 * @param administrativeLevel 预算级次: gives the label 区级预算部门单位（公章）
 * @param sealingUnit 预算部门单位（公章）: the unit whose seal the report bears
 * @param fillingDate 填报日期
 * @param basis 评价依据: the finance bureau's notice that required the evaluation
 */
@FillingDateAfterEvaluationYear
@BasisYearMatches
public record Cover(
        @NotNull @Min(2000) @Max(2099) Integer evaluationYear,
        @NotNull @Valid EvaluatedUnits evaluatedUnits,
        @NotNull AdministrativeLevel administrativeLevel,
        @NotBlank String sealingUnit,
        @NotNull @PastOrPresent LocalDate fillingDate,
        @NotNull @Valid Notice basis) {}
