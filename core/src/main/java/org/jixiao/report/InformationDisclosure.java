// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * 信息公开.
 *
 * @param budgetAndFinalAccounts ①预决算公开
 * @param performanceGoals ②绩效目标公开
 * @param selfEvaluationMaterials ③自评材料公开
 */
public record InformationDisclosure(
        @NotEmpty List<@NotBlank String> budgetAndFinalAccounts,
        @NotEmpty List<@NotBlank String> performanceGoals,
        @NotEmpty List<@NotBlank String> selfEvaluationMaterials) {

    public InformationDisclosure {
        budgetAndFinalAccounts = Lists.copy(budgetAndFinalAccounts);
        performanceGoals = Lists.copy(performanceGoals);
        selfEvaluationMaterials = Lists.copy(selfEvaluationMaterials);
    }
}
