// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 预算使用效益.
 *
 * @param goalAchievement （1）部门整体绩效目标实现情况
 * @param keyWorkCompletion （2）重点工作完成情况
 * @param keyProjectsOverview （3）部门重点项目支出绩效情况: paragraphs before the projects (optional)
 * @param keyProjects （3）the key projects, one or more
 */
public record BudgetBenefit(
        @NotNull @Valid GoalAchievement goalAchievement,
        @NotEmpty List<@NotNull @Valid Item> keyWorkCompletion,
        List<@NotBlank String> keyProjectsOverview,
        @NotEmpty List<@NotNull @Valid KeyProject> keyProjects) {

    public BudgetBenefit {
        keyWorkCompletion = Lists.copy(keyWorkCompletion);
        keyProjectsOverview = Lists.copy(keyProjectsOverview);
        keyProjects = Lists.copy(keyProjects);
    }
}
