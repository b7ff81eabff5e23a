// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 部门整体支出绩效目标: one overall expenditure performance goal.
 *
 * @param title the goal, without its number
 * @param paragraphs what was done towards it
 * @param subItems sub-goals or measures, one numbering level down
 * @param targets measurable targets (optional): indicator, target value, achieved value
 */
public record PerformanceGoal(
        @NotBlank String title,
        List<@NotBlank String> paragraphs,
        List<@NotNull @Valid Item> subItems,
        List<@NotNull @Valid MeasurableTarget> targets) {

    public PerformanceGoal {
        paragraphs = Lists.copy(paragraphs);
        subItems = Lists.copy(subItems);
        targets = Lists.copy(targets);
    }
}
