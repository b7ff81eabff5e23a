// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            88.4807256236 | 88.48%
            88.4807       | 88.48%
            100           | 100.00%
            1E+2          | 100.00%
            0             | 0.00%
            12.3          | 12.30%
            96.2057       | 96.21%
            43.1802       | 43.18%
            0.005         | 0.01%
            0.0049        | 0.00%
            99.995        | 100.00%
            99.9949       | 99.99%
            122.86        | 122.86%
            -3.005        | -3.01%
            -0.001        | 0.00%
            """)
    void formatPrintsTwoDecimalsRoundedHalfUp(BigDecimal percent, String expected) {
        assertEquals(expected, Percentages.format(percent));
    }

    @ParameterizedTest(name = "{0} ÷ {1} × 100 = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1951    | 2205    | 88.4807256236
            36.28   | 84.02   | 43.1801951916
            4482.39 | 4659.17 | 96.2057619705
            122.86  | 122.86  | 100
            20      | 20      | 100
            1       | 3       | 33.3333333333
            2       | 3       | 66.6666666667
            1       | 8       | 12.5
            -1      | 8       | -12.5
            1       | -8      | -12.5
            0       | 5       | 0
            0.00    | 5       | 0
            3       | 2       | 150
            9141.56 | 1       | 914156
            """)
    void rateDividesExactlyToTenDecimalsWithoutTrailingZeros(
            BigDecimal numerator, BigDecimal denominator, String expected) {
        Optional<BigDecimal> rate = Percentages.rate(numerator, denominator);
        assertTrue(rate.isPresent());
        assertEquals(expected, rate.get().toString());
    }

    @ParameterizedTest(name = "{0} ÷ {1} prints as {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1951    | 2205    | 88.48%
            36.28   | 84.02   | 43.18%
            4482.39 | 4659.17 | 96.21%
            122.86  | 122.86  | 100.00%
            1       | 3       | 33.33%
            2       | 3       | 66.67%
            """)
    void ratesOfTheSeedReportPrintAsTheDomainStates(BigDecimal numerator, BigDecimal denominator, String expected) {
        assertEquals(
                expected,
                Percentages.format(Percentages.rate(numerator, denominator).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "0, 0", "5, 0.00", "-1, 0E+3"})
    void rateIsEmptyWhenTheDenominatorIsZero(BigDecimal numerator, BigDecimal denominator) {
        assertEquals(Optional.empty(), Percentages.rate(numerator, denominator));
    }
}
