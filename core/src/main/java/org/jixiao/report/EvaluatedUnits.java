// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * 评价单位: the unit evaluated and which of its subordinate units the evaluation covers.
 * Printed as {@code 湛江市坡头区民政局本级及非独立核算的下属单位（…、…）}.
 *
 * @param unit the budget unit's full name
 * @param scope 本级 / 本级及下属单位 wording (optional: without it only the unit is named)
 * @param includedSubordinates the subordinate units covered, printed in brackets
 */
public record EvaluatedUnits(
        @NotBlank String unit, EvaluationScope scope, List<@NotBlank String> includedSubordinates) {

    public EvaluatedUnits {
        includedSubordinates = Lists.copy(includedSubordinates);
    }
}
