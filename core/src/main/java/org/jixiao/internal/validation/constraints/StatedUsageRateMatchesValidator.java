// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.ProjectFunds;
import org.jixiao.validation.constraints.StatedUsageRateMatches;

/** Checks {@link StatedUsageRateMatches}: the stated 资金使用率 agrees with 实际使用数 ÷ 到位数. */
public final class StatedUsageRateMatchesValidator
        implements ConstraintValidator<StatedUsageRateMatches, ProjectFunds> {
    static final String CODE = "rate.usage-mismatch";

    @Override
    public boolean isValid(ProjectFunds funds, ConstraintValidatorContext context) {
        if (funds == null || !Operands.known(funds.used(), funds.arrived())) {
            return true;
        }
        return StatedRate.check(
                funds.statedUsageRatePercent(),
                funds.usageRate(),
                "statedUsageRatePercent",
                CODE,
                funds.used(),
                funds.arrived(),
                context);
    }
}
