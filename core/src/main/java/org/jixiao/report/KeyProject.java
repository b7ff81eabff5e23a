// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 部门重点项目: one key project and its performance.
 *
 * @param name 项目名称
 * @param setup A.项目立项情况
 * @param goals B.项目绩效目标
 * @param funds C.资金到位和使用情况: the figures (rates are computed)
 * @param fundsManagement C. further paragraphs on how the funds were managed (optional)
 * @param performance D.项目绩效
 * @param supervision ②项目监管情况
 */
public record KeyProject(
        @NotBlank String name,
        @NotEmpty List<@NotBlank String> setup,
        @NotEmpty List<@NotBlank String> goals,
        @NotNull @Valid ProjectFunds funds,
        List<@NotBlank String> fundsManagement,
        @NotEmpty List<@NotBlank String> performance,
        @NotEmpty List<@NotBlank String> supervision) {

    public KeyProject {
        setup = Lists.copy(setup);
        goals = Lists.copy(goals);
        fundsManagement = Lists.copy(fundsManagement);
        performance = Lists.copy(performance);
        supervision = Lists.copy(supervision);
    }
}
