// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 预算编制情况.
 *
 * @param rationality （1）合理性
 * @param standardization （2）规范性
 * @param accuracy （3）准确性
 * @param goalSetting （4）目标设置
 */
public record BudgetPreparation(
        @NotEmpty List<@NotBlank String> rationality,
        @NotEmpty List<@NotBlank String> standardization,
        @NotNull @Valid PreparationAccuracy accuracy,
        @NotEmpty List<@NotBlank String> goalSetting) {

    public BudgetPreparation {
        rationality = Lists.copy(rationality);
        standardization = Lists.copy(standardization);
        goalSetting = Lists.copy(goalSetting);
    }
}
