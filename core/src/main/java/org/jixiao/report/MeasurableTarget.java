// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.validation.Severity;
import org.jixiao.validation.constraints.StatedCompletionRateMatches;

/**
 * 可量化指标: a measurable target and what was achieved, e.g. 遗体火化 2205 具, 完成 1951 具.
 *
 * @param indicator 指标名称, e.g. 2022年全区遗体火化
 * @param target 任务数 / 指标值, in {@code unit}
 * @param achieved 完成数 / 实际完成值, in {@code unit}
 * @param unit 计量单位, e.g. 具, 人, 个
 * @param statedCompletionRatePercent the completion rate the author stated, in percent (optional);
 *     never printed: the page shows the rate computed from the figures
 */
@StatedCompletionRateMatches(payload = Severity.Warning.class)
public record MeasurableTarget(
        @NotBlank String indicator,
        @NotNull @DecimalMin("0") BigDecimal target,
        @NotNull @DecimalMin("0") BigDecimal achieved,
        @NotBlank @Size(max = 10) String unit,
        @DecimalMin("0") BigDecimal statedCompletionRatePercent) {

    /** 完成率 = 完成数 ÷ 任务数 × 100%; empty when the target is zero. */
    public Optional<Percent> completionRate() {
        return Percent.of(achieved, target);
    }
}
