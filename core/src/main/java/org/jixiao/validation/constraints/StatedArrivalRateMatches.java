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
import org.jixiao.internal.validation.constraints.StatedArrivalRateMatchesValidator;

/**
 * 资金到位率与数据相符: the arrival rate stated for {@link org.jixiao.report.ProjectFunds} agrees, at its
 * own precision, with 到位数 ÷ 预算安排数.
 *
 * <p>Warning {@code rate.arrival-mismatch} at {@code statedArrivalRatePercent}; the suggestion is the
 * computed rate as printed.
 *
 * <p>Class-level. A warning where used with a {@link org.jixiao.validation.Severity.Warning} payload, as
 * the model uses it (Jakarta Validation requires an empty default payload, so the severity is stated
 * where the constraint is used). Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = StatedArrivalRateMatchesValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedArrivalRateMatches {
    String message() default "{org.jixiao.validation.constraints.StatedArrivalRateMatches.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
