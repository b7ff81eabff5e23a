// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.validation.constraints.DeductionReasonGiven;

/** Checks {@link DeductionReasonGiven}: a score below the weight comes with 扣分原因. */
public final class DeductionReasonGivenValidator
        implements ConstraintValidator<DeductionReasonGiven, TertiaryIndicator> {
    static final String CODE = "score-sheet.deduction-reason-missing";

    @Override
    public boolean isValid(TertiaryIndicator indicator, ConstraintValidatorContext context) {
        if (indicator == null
                || !Operands.known(indicator.score(), indicator.weight())
                || indicator.score().compareTo(indicator.weight()) >= 0
                || indicator.deductionReason() != null
                        && !indicator.deductionReason().isBlank()) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("deductionReason")
                .param("score", indicator.score())
                .param("weight", indicator.weight())
                .param("deduction", indicator.weight().subtract(indicator.score()))
                .add();
    }
}
