// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.validation.constraints.WeightEqualsSubWeights;

/**
 * 一级指标, e.g. 预算编制 (20分).
 *
 * @param name 指标名称
 * @param weight 分值; equals the sum of its second-level weights
 * @param indicators 二级指标
 * @param analysis the unit's analysis of this indicator, printed under it in the indicator analysis (optional)
 */
@WeightEqualsSubWeights
public record PrimaryIndicator(
        @NotBlank String name,
        @NotNull @DecimalMin("0") BigDecimal weight,
        @NotEmpty List<@NotNull @Valid SecondaryIndicator> indicators,
        List<@NotBlank String> analysis) {

    public PrimaryIndicator {
        indicators = Lists.copy(indicators);
        analysis = Lists.copy(analysis);
    }

    /** An indicator without analysis, as version 1 of the format had it. */
    public PrimaryIndicator(String name, BigDecimal weight, List<SecondaryIndicator> indicators) {
        this(name, weight, indicators, null);
    }

    /** 得分: the sum of the scores below. */
    public BigDecimal score() {
        return indicators.stream().map(SecondaryIndicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
