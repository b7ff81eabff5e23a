// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.validation.constraints.ScoreWithinWeight;

/** Checks {@link ScoreWithinWeight}: 自评得分 ≤ 分值. */
public final class ScoreWithinWeightValidator implements ConstraintValidator<ScoreWithinWeight, TertiaryIndicator> {
    static final String CODE = "score-sheet.score-exceeds-weight";

    @Override
    public boolean isValid(TertiaryIndicator indicator, ConstraintValidatorContext context) {
        if (indicator == null
                || !Operands.known(indicator.score(), indicator.weight())
                || indicator.score().compareTo(indicator.weight()) <= 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("score")
                .value(indicator.score())
                .param("score", indicator.score())
                .param("weight", indicator.weight())
                .add();
    }
}
