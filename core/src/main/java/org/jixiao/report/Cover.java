// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
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
 * @param dates further dates of the cover, each with its label (评价时间 …), printed after 填报日期
 *     <p>Which cover lines a report needs is its outline's choice: the components other than
 *     {@code evaluationYear} and {@code evaluatedUnits} are optional here, and validation requires
 *     those the outline prints.
 */
@FillingDateAfterEvaluationYear
@BasisYearMatches
public record Cover(
        @NotNull @Min(2000) @Max(2099) Integer evaluationYear,
        @NotNull @Valid EvaluatedUnits evaluatedUnits,
        AdministrativeLevel administrativeLevel,
        String sealingUnit,
        @PastOrPresent LocalDate fillingDate,
        @Valid Notice basis,
        List<@NotNull @Valid CoverDate> dates) {

    public Cover {
        dates = Lists.copy(dates);
    }

    /** A cover without further dates, as version 1 of the format had it. */
    public Cover(
            Integer evaluationYear,
            EvaluatedUnits evaluatedUnits,
            AdministrativeLevel administrativeLevel,
            String sealingUnit,
            LocalDate fillingDate,
            Notice basis) {
        this(evaluationYear, evaluatedUnits, administrativeLevel, sealingUnit, fillingDate, basis, null);
    }
}
