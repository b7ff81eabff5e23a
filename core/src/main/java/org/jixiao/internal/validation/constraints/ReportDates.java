// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import java.time.LocalDate;
import org.jixiao.report.Report;

/** The cover dates the report-level date rules compare with; null when missing. */
final class ReportDates {
    private ReportDates() {}

    static LocalDate fillingDate(Report report) {
        return report == null || report.cover() == null ? null : report.cover().fillingDate();
    }

    static Integer evaluationYear(Report report) {
        return report == null || report.cover() == null ? null : report.cover().evaluationYear();
    }
}
