// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jixiao.report.Cover;
import org.jixiao.validation.constraints.FillingDateAfterEvaluationYear;

/** Checks {@link FillingDateAfterEvaluationYear}: 填报日期 after the 31st of December of 评价年度. */
public final class FillingDateAfterEvaluationYearValidator
        implements ConstraintValidator<FillingDateAfterEvaluationYear, Cover> {
    static final String CODE = "date.filling-too-early";

    @Override
    public boolean isValid(Cover cover, ConstraintValidatorContext context) {
        Integer year = cover == null ? null : ReportDates.dateYear(cover.evaluationYear());
        if (!Operands.known(year, cover == null ? null : cover.fillingDate())) {
            return true;
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (cover.fillingDate().isAfter(yearEnd)) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("fillingDate")
                .value(cover.fillingDate())
                .param("date", cover.fillingDate())
                .param("evaluationYear", cover.evaluationYear())
                .param("yearEnd", yearEnd)
                .add();
    }
}
