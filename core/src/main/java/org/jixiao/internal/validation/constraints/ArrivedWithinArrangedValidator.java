// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.ProjectFunds;
import org.jixiao.validation.constraints.ArrivedWithinArranged;

/** Checks {@link ArrivedWithinArranged}: 到位数 ≤ 预算安排数. */
public final class ArrivedWithinArrangedValidator implements ConstraintValidator<ArrivedWithinArranged, ProjectFunds> {
    static final String CODE = "funds.arrived-exceeds-arranged";

    @Override
    public boolean isValid(ProjectFunds funds, ConstraintValidatorContext context) {
        if (funds == null
                || !Operands.known(funds.arrived(), funds.arranged())
                || funds.arrived().compareValue(funds.arranged()) <= 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("arrived")
                .value(funds.arrived())
                .param("arrived", funds.arrived())
                .param("arranged", funds.arranged())
                .add();
    }
}
