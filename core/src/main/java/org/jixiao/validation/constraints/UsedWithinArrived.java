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
import org.jixiao.internal.validation.constraints.UsedWithinArrivedValidator;

/**
 * 实际使用数不超过到位数: {@link org.jixiao.report.ProjectFunds} used are at most the funds arrived.
 *
 * <p>Warning {@code funds.used-exceeds-arrived} at {@code used}.
 *
 * <p>Class-level. A warning where used with a {@link org.jixiao.validation.Severity.Warning} payload, as
 * the model uses it (Jakarta Validation requires an empty default payload, so the severity is stated
 * where the constraint is used). Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = UsedWithinArrivedValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UsedWithinArrived {
    String message() default "{org.jixiao.validation.constraints.UsedWithinArrived.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
