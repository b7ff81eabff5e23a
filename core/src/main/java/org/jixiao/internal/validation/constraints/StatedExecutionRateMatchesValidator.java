// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Expenditure;
import org.jixiao.validation.constraints.StatedExecutionRateMatches;

/** Checks {@link StatedExecutionRateMatches}: the stated 执行率 agrees with 支出决算 ÷ 总预算. */
public final class StatedExecutionRateMatchesValidator
        implements ConstraintValidator<StatedExecutionRateMatches, Expenditure> {
    static final String CODE = "rate.execution-mismatch";

    @Override
    public boolean isValid(Expenditure e, ConstraintValidatorContext context) {
        if (e == null
                || e.budget() == null
                || e.finalAccounts() == null
                || !Operands.known(e.budget().total(), e.finalAccounts().expenditure())) {
            return true;
        }
        return StatedRate.check(
                e.statedExecutionRatePercent(),
                e.executionRate(),
                "statedExecutionRatePercent",
                CODE,
                e.finalAccounts().expenditure(),
                e.budget().total(),
                context);
    }
}
