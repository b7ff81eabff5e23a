// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Cover;
import org.jixiao.validation.constraints.BasisYearMatches;

/** Checks {@link BasisYearMatches}: the notice's year is the evaluation year or the next. */
public final class BasisYearMatchesValidator implements ConstraintValidator<BasisYearMatches, Cover> {
    static final String CODE = "date.basis-year";

    @Override
    public boolean isValid(Cover cover, ConstraintValidatorContext context) {
        if (cover == null || cover.basis() == null || cover.basis().number() == null) {
            return true;
        }
        Integer year = cover.basis().number().year();
        Integer evaluationYear = cover.evaluationYear();
        if (!Operands.known(year, evaluationYear) || year.equals(evaluationYear) || year == evaluationYear + 1) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("basis")
                .at("number")
                .at("year")
                .value(year)
                .param("year", year)
                .param("evaluationYear", evaluationYear)
                .param("nextYear", evaluationYear + 1)
                .add();
    }
}
