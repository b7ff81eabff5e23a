// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 预算执行情况.
 *
 * @param overview paragraphs before the sub-points (optional)
 * @param safeguards （1）保障措施
 * @param spendingManagement （2）支出管理
 * @param projectManagement （3）项目管理
 * @param assetManagement （4）资产管理
 */
public record BudgetExecution(
        List<@NotBlank String> overview,
        @NotEmpty List<@NotBlank String> safeguards,
        @NotEmpty List<@NotBlank String> spendingManagement,
        @NotEmpty List<@NotBlank String> projectManagement,
        @NotNull @Valid AssetManagement assetManagement) {

    public BudgetExecution {
        overview = Lists.copy(overview);
        safeguards = Lists.copy(safeguards);
        spendingManagement = Lists.copy(spendingManagement);
        projectManagement = Lists.copy(projectManagement);
    }
}
