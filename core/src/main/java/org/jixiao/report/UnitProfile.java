// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 单位机构设置、部门职能情况: what the unit is, who works there and what it does.
 *
 * <p>Every component is optional: the staffing sentence says only what is given, and the outline
 * decides whether the functions are required.
 *
 * @param unitType 单位性质
 * @param subordinateUnits 下属单位
 * @param staffing 人员编制情况
 * @param overview further paragraphs about the unit (optional)
 * @param functions 主要职能, one item per function
 * @param divisionOfDuties 职责分工 with other departments (optional), one item per department
 */
public record UnitProfile(
        UnitType unitType,
        List<@NotBlank String> subordinateUnits,
        @Valid Staffing staffing,
        List<@NotBlank String> overview,
        List<@NotNull @Valid Item> functions,
        List<@NotNull @Valid Item> divisionOfDuties) {

    public UnitProfile {
        subordinateUnits = Lists.copy(subordinateUnits);
        overview = Lists.copy(overview);
        functions = Lists.copy(functions);
        divisionOfDuties = Lists.copy(divisionOfDuties);
    }
}
