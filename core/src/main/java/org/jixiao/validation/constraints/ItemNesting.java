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
import org.jixiao.internal.validation.constraints.ItemNestingValidator;

/**
 * 条目层级: an {@link org.jixiao.report.Item} nests two levels at most (1. and （1）, or （一） and 1.):
 * the official outline numbers no deeper, so a third level would not be printed.
 *
 * <p>Error {@code item.too-deep} at {@code subItems[i].subItems}. Class-level; null components are
 * valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ItemNestingValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ItemNesting {
    String message() default "{org.jixiao.validation.constraints.ItemNesting.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
