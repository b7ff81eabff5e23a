// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.ProjectFunds;
import org.jixiao.validation.constraints.StatedArrivalRateMatches;

/** Checks {@link StatedArrivalRateMatches}: the stated 资金到位率 agrees with 到位数 ÷ 预算安排数. */
public final class StatedArrivalRateMatchesValidator
        implements ConstraintValidator<StatedArrivalRateMatches, ProjectFunds> {
    static final String CODE = "rate.arrival-mismatch";

    @Override
    public boolean isValid(ProjectFunds funds, ConstraintValidatorContext context) {
        if (funds == null || !Operands.known(funds.arrived(), funds.arranged())) {
            return true;
        }
        return StatedRate.check(
                funds.statedArrivalRatePercent(),
                funds.arrivalRate(),
                "statedArrivalRatePercent",
                CODE,
                funds.arrived(),
                funds.arranged(),
                context);
    }
}
