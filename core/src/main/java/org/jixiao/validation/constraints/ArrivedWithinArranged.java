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
import org.jixiao.internal.validation.constraints.ArrivedWithinArrangedValidator;

/**
 * 到位数不超过预算安排数: {@link org.jixiao.report.ProjectFunds} arrived are at most the funds arranged.
 *
 * <p>Warning {@code funds.arrived-exceeds-arranged} at {@code arrived}.
 *
 * <p>Class-level. A warning where used with a {@link org.jixiao.validation.Severity.Warning} payload, as
 * the model uses it (Jakarta Validation requires an empty default payload, so the severity is stated
 * where the constraint is used). Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ArrivedWithinArrangedValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ArrivedWithinArranged {
    String message() default "{org.jixiao.validation.constraints.ArrivedWithinArranged.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
