// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Grade;
import org.jixiao.report.SelfEvaluationResult;
import org.jixiao.validation.constraints.StatedGradeMatchesScore;

/** Checks {@link StatedGradeMatchesScore}: the stated grade is the one the score earns. */
public final class StatedGradeMatchesScoreValidator
        implements ConstraintValidator<StatedGradeMatchesScore, SelfEvaluationResult> {
    static final String CODE = "result.grade-mismatch";

    @Override
    public boolean isValid(SelfEvaluationResult result, ConstraintValidatorContext context) {
        if (result == null || !Operands.known(result.score(), result.statedGrade())) {
            return true;
        }
        Grade computed = Grade.of(result.score());
        Grade stated = result.statedGrade();
        if (computed == stated) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("statedGrade")
                .value(stated)
                .suggestion(computed.name())
                .param("score", result.score())
                .param("stated", stated)
                .param("statedLabel", stated.label())
                .param("computed", computed)
                .param("computedLabel", computed.label())
                .add();
    }
}
