// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jixiao.validation.Severity;
import org.jixiao.validation.constraints.ArrivedWithinArranged;
import org.jixiao.validation.constraints.StatedArrivalRateMatches;
import org.jixiao.validation.constraints.StatedUsageRateMatches;
import org.jixiao.validation.constraints.UsedWithinArrived;

/**
 * 项目资金: arranged, arrived and used, as of a date.
 *
 * @param asOf 截至日期, usually the 31st of December of the evaluation year
 * @param arranged 预算安排数
 * @param arrived 到位数
 * @param used 实际使用数（支出数）
 * @param statedArrivalRatePercent the 资金到位率 the author stated (optional; never printed)
 * @param statedUsageRatePercent the 资金使用率 the author stated (optional; never printed)
 */
@StatedArrivalRateMatches(payload = Severity.Warning.class)
@StatedUsageRateMatches(payload = Severity.Warning.class)
@UsedWithinArrived(payload = Severity.Warning.class)
@ArrivedWithinArranged(payload = Severity.Warning.class)
public record ProjectFunds(
        @NotNull LocalDate asOf,
        @NotNull @Valid Money arranged,
        @NotNull @Valid Money arrived,
        @NotNull @Valid Money used,
        @DecimalMin("0") BigDecimal statedArrivalRatePercent,
        @DecimalMin("0") BigDecimal statedUsageRatePercent) {

    /** 资金到位率 = 到位数 ÷ 预算安排数 × 100%. */
    public Optional<Percent> arrivalRate() {
        return Percent.of(arrived.toYuan(), arranged.toYuan());
    }

    /** 资金使用率 = 实际使用数 ÷ 到位数 × 100%. */
    public Optional<Percent> usageRate() {
        return Percent.of(used.toYuan(), arrived.toYuan());
    }
}
