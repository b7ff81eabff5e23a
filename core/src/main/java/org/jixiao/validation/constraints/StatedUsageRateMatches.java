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
import org.jixiao.internal.validation.constraints.StatedUsageRateMatchesValidator;

/**
 * 资金使用率与数据相符: the usage rate stated for {@link org.jixiao.report.ProjectFunds} agrees, at its own
 * precision, with 实际使用数 ÷ 到位数.
 *
 * <p>Warning {@code rate.usage-mismatch} at {@code statedUsageRatePercent}; the suggestion is the computed
 * rate as printed.
 *
 * <p>Class-level. A warning where used with a {@link org.jixiao.validation.Severity.Warning} payload, as
 * the model uses it (Jakarta Validation requires an empty default payload, so the severity is stated
 * where the constraint is used). Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = StatedUsageRateMatchesValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedUsageRateMatches {
    String message() default "{org.jixiao.validation.constraints.StatedUsageRateMatches.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
