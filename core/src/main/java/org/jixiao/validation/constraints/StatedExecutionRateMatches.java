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
import org.jixiao.internal.validation.constraints.StatedExecutionRateMatchesValidator;

/**
 * 执行率与数据相符: the 预算执行率 stated for an {@link org.jixiao.report.Expenditure} agrees, at its own
 * precision, with 支出决算 ÷ 总预算. A warning: the page prints the computed rate.
 *
 * @since 0.2.0
 */
@Documented
@Constraint(validatedBy = StatedExecutionRateMatchesValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedExecutionRateMatches {
    String message() default "{org.jixiao.validation.constraints.StatedExecutionRateMatches.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
