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
import org.jixiao.internal.validation.constraints.RowsFitHeaderValidator;

/**
 * 表格行列一致: every row of a {@link org.jixiao.report.Table} has as many cells as its header.
 *
 * @since 0.2.0
 */
@Documented
@Constraint(validatedBy = RowsFitHeaderValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RowsFitHeader {
    String message() default "{org.jixiao.validation.constraints.RowsFitHeader.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
