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
import org.jixiao.internal.validation.constraints.DeadlineNotBeforeFillingValidator;

/**
 * 完成时限不早于填报日期: each improvement's deadline in a {@link org.jixiao.report.Report} is on or after
 * its filling date.
 *
 * <p>Error {@code date.deadline-before-filling} at {@code improvements/<i>/deadline}.
 *
 * <p>Class-level; an error (unless used with a {@link org.jixiao.validation.Severity.Warning} payload).
 * Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DeadlineNotBeforeFillingValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DeadlineNotBeforeFilling {
    String message() default "{org.jixiao.validation.constraints.DeadlineNotBeforeFilling.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
