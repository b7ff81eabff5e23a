// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.report.KeyProject;
import org.jixiao.report.Report;
import org.jixiao.validation.constraints.FundsDateInRange;

/** Checks {@link FundsDateInRange}: each key project's 截至日期 from 1 January of 评价年度 to 填报日期. */
public final class FundsDateInRangeValidator implements ConstraintValidator<FundsDateInRange, Report> {
    static final String CODE = "date.funds-as-of";

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        LocalDate filling = ReportDates.fillingDate(report);
        Integer year = ReportDates.evaluationYear(report);
        if (filling == null
                || year == null
                || report.indicatorAnalysis() == null
                || report.indicatorAnalysis().benefit() == null) {
            return true;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        List<KeyProject> projects = report.indicatorAnalysis().benefit().keyProjects();
        boolean valid = true;
        for (int i = 0; i < projects.size(); i++) {
            KeyProject project = projects.get(i);
            LocalDate asOf = project == null || project.funds() == null
                    ? null
                    : project.funds().asOf();
            if (asOf == null || !asOf.isBefore(yearStart) && !asOf.isAfter(filling)) {
                continue;
            }
            valid = Violation.of(context, CODE)
                    .at("indicatorAnalysis")
                    .at("benefit")
                    .at("keyProjects")
                    .index(i)
                    .at("funds")
                    .at("asOf")
                    .value(asOf)
                    .param("date", asOf)
                    .param("yearStart", yearStart)
                    .param("fillingDate", filling)
                    .add();
        }
        return valid;
    }
}
