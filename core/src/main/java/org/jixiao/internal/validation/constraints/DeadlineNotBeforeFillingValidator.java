// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.report.Improvement;
import org.jixiao.report.Report;
import org.jixiao.validation.constraints.DeadlineNotBeforeFilling;

/** Checks {@link DeadlineNotBeforeFilling}: each 完成时限 ≥ 填报日期. */
public final class DeadlineNotBeforeFillingValidator implements ConstraintValidator<DeadlineNotBeforeFilling, Report> {
    static final String CODE = "date.deadline-before-filling";

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        LocalDate filling = ReportDates.fillingDate(report);
        if (filling == null) {
            return true;
        }
        List<Improvement> improvements = report.improvements();
        boolean valid = true;
        for (int i = 0; i < improvements.size(); i++) {
            Improvement improvement = improvements.get(i);
            LocalDate deadline = improvement == null ? null : improvement.deadline();
            if (deadline == null || !deadline.isBefore(filling)) {
                continue;
            }
            valid = Violation.of(context, CODE)
                    .at("improvements")
                    .index(i)
                    .at("deadline")
                    .value(deadline)
                    .param("date", deadline)
                    .param("fillingDate", filling)
                    .add();
        }
        return valid;
    }
}
