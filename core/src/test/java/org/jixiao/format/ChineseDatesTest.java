// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2023-05-07 | 2023年5月7日
            2023-01-01 | 2023年1月1日
            2023-10-10 | 2023年10月10日
            2023-12-31 | 2023年12月31日
            2024-02-29 | 2024年2月29日
            2000-09-30 | 2000年9月30日
            1999-11-09 | 1999年11月9日
            """)
    void writesDatesWithoutLeadingZeros(LocalDate date, String expected) {
        assertEquals(expected, ChineseDates.format(date));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2023-05 | 2023年5月
            2023-01 | 2023年1月
            2022-10 | 2022年10月
            2022-12 | 2022年12月
            """)
    void writesMonthsWithoutLeadingZeros(String yearMonth, String expected) {
        assertEquals(expected, ChineseDates.formatYearMonth(YearMonth.parse(yearMonth)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2022 | 2022年   | 2022年度
            2023 | 2023年   | 2023年度
            1999 | 1999年   | 1999年度
            """)
    void writesYearsAndFiscalYears(int year, String expectedYear, String expectedFiscalYear) {
        assertEquals(expectedYear, ChineseDates.formatYear(year));
        assertEquals(expectedFiscalYear, ChineseDates.formatFiscalYear(year));
    }
}
