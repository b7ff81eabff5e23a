// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * 成文日期: dates as GB/T 9704-2012 writes them, with Arabic digits and no leading zeros
 * (2023年5月7日).
 *
 * <p>Works on calendar values only; no time zone is involved.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public final class ChineseDates {
    private ChineseDates() {}

    /** Writes a date: 2023-05-07 → {@code 2023年5月7日}. */
    public static String format(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Writes a month: 2023-05 → {@code 2023年5月}. */
    public static String formatYearMonth(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月";
    }

    /** Writes a calendar year: 2022 → {@code 2022年}. */
    public static String formatYear(int year) {
        return year + "年";
    }

    /** Writes a fiscal (evaluation) year, as in 评价年度: 2022 → {@code 2022年度}. */
    public static String formatFiscalYear(int year) {
        return year + "年度";
    }
}
