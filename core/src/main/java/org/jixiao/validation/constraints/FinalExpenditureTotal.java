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
import org.jixiao.internal.validation.constraints.FinalExpenditureTotalValidator;

/**
 * 支出决算 = 基本支出 + 项目支出: a {@link org.jixiao.report.FinalAccounts}' {@code expenditure} equals
 * {@code basic} plus {@code project}, compared by value whatever the units.
 *
 * <p>Error {@code final-accounts.expenditure} at {@code expenditure}; the suggestion is the sum in the
 * expenditure's unit.
 *
 * <p>Class-level; an error (unless used with a {@link org.jixiao.validation.Severity.Warning} payload).
 * Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = FinalExpenditureTotalValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface FinalExpenditureTotal {
    String message() default "{org.jixiao.validation.constraints.FinalExpenditureTotal.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
