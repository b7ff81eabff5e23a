// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.ProjectFunds;
import org.jixiao.validation.constraints.UsedWithinArrived;

/** Checks {@link UsedWithinArrived}: 实际使用数 ≤ 到位数. */
public final class UsedWithinArrivedValidator implements ConstraintValidator<UsedWithinArrived, ProjectFunds> {
    static final String CODE = "funds.used-exceeds-arrived";

    @Override
    public boolean isValid(ProjectFunds funds, ConstraintValidatorContext context) {
        if (funds == null
                || !Operands.known(funds.used(), funds.arrived())
                || funds.used().compareValue(funds.arrived()) <= 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("used")
                .value(funds.used())
                .param("used", funds.used())
                .param("arrived", funds.arrived())
                .add();
    }
}
