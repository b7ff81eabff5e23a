// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Disclosure;
import org.jixiao.validation.constraints.DifferenceExplained;

/** Checks {@link DifferenceExplained}: 报送与公开不一致 comes with an explanation. */
public final class DifferenceExplainedValidator implements ConstraintValidator<DifferenceExplained, Disclosure> {
    static final String CODE = "disclosure.explanation-missing";

    @Override
    public boolean isValid(Disclosure disclosure, ConstraintValidatorContext context) {
        if (disclosure == null
                || !Boolean.FALSE.equals(disclosure.consistent())
                || disclosure.explanation() != null && !disclosure.explanation().isBlank()) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("explanation")
                .value(disclosure.explanation())
                .add();
    }
}
