// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * 预算编制准确性.
 *
 * @param differenceRate ①财政拨款收入预决算差异率: why budget and final accounts differ (the rate
 *     itself is computed from the expenditure figures)
 * @param classification ②项目预算、功能分类和经济分类等编制准确
 */
public record PreparationAccuracy(
        @NotEmpty List<@NotBlank String> differenceRate, @NotEmpty List<@NotBlank String> classification) {

    public PreparationAccuracy {
        differenceRate = Lists.copy(differenceRate);
        classification = Lists.copy(classification);
    }
}
