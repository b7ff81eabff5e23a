// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.validation.constraints.ScoreSheetTotalWeight;

/**
 * 评分表 (部门整体支出绩效自评表): the three-level indicator tree with weights and scores. Weights
 * come from the notice of the year and are data, never constants.
 *
 * @param indicators 一级指标
 */
@ScoreSheetTotalWeight
public record ScoreSheet(@NotEmpty List<@NotNull @Valid PrimaryIndicator> indicators) {

    public ScoreSheet {
        indicators = Lists.copy(indicators);
    }

    /** 合计分值: the sum of the first-level weights (should be 100). */
    public BigDecimal totalWeight() {
        return indicators.stream().map(PrimaryIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 合计得分: the sum of every third-level score. */
    public BigDecimal totalScore() {
        return indicators.stream().map(PrimaryIndicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
