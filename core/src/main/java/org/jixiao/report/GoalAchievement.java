// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 部门整体绩效目标实现情况.
 *
 * @param publicFundsControl ①公用经费控制率: further paragraphs (optional); the figures and the rate
 *     are printed from {@link Expenditure#publicFunds()}
 * @param overallBenefit ②预算资金实现的整体效益 paragraphs
 * @param targets measurable targets reached this year (optional); their completion rates are computed
 */
public record GoalAchievement(
        List<@NotBlank String> publicFundsControl,
        @NotEmpty List<@NotBlank String> overallBenefit,
        List<@NotNull @Valid MeasurableTarget> targets) {

    public GoalAchievement {
        publicFundsControl = Lists.copy(publicFundsControl);
        overallBenefit = Lists.copy(overallBenefit);
        targets = Lists.copy(targets);
    }
}
