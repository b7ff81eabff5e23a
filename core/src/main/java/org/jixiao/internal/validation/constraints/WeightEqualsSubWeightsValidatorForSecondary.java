// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.validation.constraints.WeightEqualsSubWeights;

/** Checks {@link WeightEqualsSubWeights} on a second-level indicator. */
public final class WeightEqualsSubWeightsValidatorForSecondary
        implements ConstraintValidator<WeightEqualsSubWeights, SecondaryIndicator> {
    static final String CODE = "score-sheet.weight-sum";

    @Override
    public boolean isValid(SecondaryIndicator indicator, ConstraintValidatorContext context) {
        if (indicator == null
                || indicator.weight() == null
                || indicator.indicators().isEmpty()) {
            return true;
        }
        BigDecimal sum = Weights.sum(indicator.indicators(), TertiaryIndicator::weight);
        return check(indicator.weight(), sum, context);
    }

    static boolean check(BigDecimal weight, BigDecimal sum, ConstraintValidatorContext context) {
        if (sum == null || sum.compareTo(weight) == 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("weight")
                .value(weight)
                .suggestion(sum.toPlainString())
                .param("weight", weight)
                .param("sum", sum)
                .add();
    }
}
