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
import org.jixiao.internal.validation.constraints.StatedGradeMatchesScoreValidator;

/**
 * 评价等级与得分相符: the grade stated in a {@link org.jixiao.report.SelfEvaluationResult} is the one its
 * score earns ({@link org.jixiao.report.Grade#of}).
 *
 * <p>Warning {@code result.grade-mismatch} at {@code statedGrade} (the page prints the computed grade);
 * the suggestion is the computed grade's name, e.g. {@code GOOD}.
 *
 * <p>Class-level. A warning where used with a {@link org.jixiao.validation.Severity.Warning} payload, as
 * the model uses it (Jakarta Validation requires an empty default payload, so the severity is stated
 * where the constraint is used). Null components are valid (left to {@code @NotNull}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = StatedGradeMatchesScoreValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedGradeMatchesScore {
    String message() default "{org.jixiao.validation.constraints.StatedGradeMatchesScore.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
