// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.validation.constraints.WeightEqualsSubWeights;

/** Checks {@link WeightEqualsSubWeights} on a first-level indicator. */
public final class WeightEqualsSubWeightsValidatorForPrimary
        implements ConstraintValidator<WeightEqualsSubWeights, PrimaryIndicator> {

    @Override
    public boolean isValid(PrimaryIndicator indicator, ConstraintValidatorContext context) {
        if (indicator == null
                || indicator.weight() == null
                || indicator.indicators().isEmpty()) {
            return true;
        }
        BigDecimal sum = Weights.sum(indicator.indicators(), SecondaryIndicator::weight);
        return WeightEqualsSubWeightsValidatorForSecondary.check(indicator.weight(), sum, context);
    }
}
