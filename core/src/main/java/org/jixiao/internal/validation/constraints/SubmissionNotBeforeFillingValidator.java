// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jixiao.report.Report;
import org.jixiao.validation.constraints.SubmissionNotBeforeFilling;

/** Checks {@link SubmissionNotBeforeFilling}: 报送日期 ≥ 填报日期. */
public final class SubmissionNotBeforeFillingValidator
        implements ConstraintValidator<SubmissionNotBeforeFilling, Report> {
    static final String CODE = "date.submission-before-filling";

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        LocalDate filling = ReportDates.fillingDate(report);
        if (filling == null
                || report.selfEvaluation() == null
                || report.selfEvaluation().submission() == null
                || report.selfEvaluation().submission().date() == null) {
            return true;
        }
        LocalDate submitted = report.selfEvaluation().submission().date();
        if (!submitted.isBefore(filling)) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("selfEvaluation")
                .at("submission")
                .at("date")
                .value(submitted)
                .param("date", submitted)
                .param("fillingDate", filling)
                .add();
    }
}
