// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.validation.constraints.StatedCompletionRateMatches;

/** Checks {@link StatedCompletionRateMatches}: the stated 完成率 agrees with 完成数 ÷ 任务数. */
public final class StatedCompletionRateMatchesValidator
        implements ConstraintValidator<StatedCompletionRateMatches, MeasurableTarget> {
    static final String CODE = "rate.completion-mismatch";

    @Override
    public boolean isValid(MeasurableTarget target, ConstraintValidatorContext context) {
        if (target == null || !Operands.known(target.achieved(), target.target())) {
            return true;
        }
        return StatedRate.check(
                target.statedCompletionRatePercent(),
                target.completionRate(),
                "statedCompletionRatePercent",
                CODE,
                target.achieved(),
                target.target(),
                context);
    }
}
