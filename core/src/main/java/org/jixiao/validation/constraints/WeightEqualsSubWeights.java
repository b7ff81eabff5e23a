// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jixiao.internal.validation.constraints.WeightEqualsSubWeightsValidatorForPrimary;
import org.jixiao.internal.validation.constraints.WeightEqualsSubWeightsValidatorForSecondary;

/**
 * 一级、二级指标分值 = 下级指标分值之和: the weight of a {@link org.jixiao.report.PrimaryIndicator} or
 * {@link org.jixiao.report.SecondaryIndicator} equals the sum of the weights of its indicators.
 *
 * <p>Error {@code score-sheet.weight-sum} at {@code weight}; the suggestion is the sum.
 *
 * <p>Class-level; an error (unless used with a {@link org.jixiao.validation.Severity.Warning} payload).
 * Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(
        validatedBy = {
            WeightEqualsSubWeightsValidatorForPrimary.class,
            WeightEqualsSubWeightsValidatorForSecondary.class
        })
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WeightEqualsSubWeights {
    String message() default "{org.jixiao.validation.constraints.WeightEqualsSubWeights.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
