// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import java.time.LocalDate;
import java.time.Year;
import org.jixiao.report.Report;

/**
 * The cover dates the date rules compare with; null when missing, or when the year is one no
 * {@link LocalDate} can hold (beyond ±999,999,999): then the year's own {@code @Min}/{@code @Max}
 * reports it and the date rules stay silent.
 */
final class ReportDates {
    private ReportDates() {}

    static LocalDate fillingDate(Report report) {
        return report == null || report.cover() == null ? null : report.cover().fillingDate();
    }

    static Integer evaluationYear(Report report) {
        return report == null || report.cover() == null
                ? null
                : dateYear(report.cover().evaluationYear());
    }

    /** {@code year}, or null when it is null or outside {@link Year#MIN_VALUE}..{@link Year#MAX_VALUE}. */
    static Integer dateYear(Integer year) {
        return year == null || year < Year.MIN_VALUE || year > Year.MAX_VALUE ? null : year;
    }
}
