// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.validation.Severity;
import org.jixiao.validation.constraints.DeductionReasonGiven;
import org.jixiao.validation.constraints.ScoreWithinWeight;

/**
 * 三级指标: one scored line of the score sheet.
 *
 * @param name 指标名称
 * @param weight 分值
 * @param explanation 指标解释
 * @param criteria 评分标准
 * @param score 自评得分; at most the weight
 * @param deductionReason 扣分原因; expected when the score is below the weight
 * @param measure what the indicator measures, when jixiao computes it (预决算差异率 …): the computed
 *     figure is printed with the indicator in the indicator analysis (optional)
 * @param analysis the unit's analysis of this indicator, printed under it in the indicator analysis (optional)
 */
@ScoreWithinWeight
@DeductionReasonGiven(payload = Severity.Warning.class)
public record TertiaryIndicator(
        @NotBlank String name,
        @NotNull @DecimalMin("0") BigDecimal weight,
        @NotBlank String explanation,
        @NotBlank String criteria,
        @NotNull @DecimalMin("0") BigDecimal score,
        String deductionReason,
        Measure measure,
        List<@NotBlank String> analysis) {

    public TertiaryIndicator {
        analysis = Lists.copy(analysis);
    }

    /** A scored line without measure or analysis, as version 1 of the format had it. */
    public TertiaryIndicator(
            String name,
            BigDecimal weight,
            String explanation,
            String criteria,
            BigDecimal score,
            String deductionReason) {
        this(name, weight, explanation, criteria, score, deductionReason, null, null);
    }
}
