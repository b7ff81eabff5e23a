// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            4398.1047                | 4398.1047
            122.860                  | 122.860
            5166573.74               | 5166573.74
            0                        | 0
            0.00                     | 0.00
            -12.5                    | -12.5
            -0.01                    | -0.01
            1E+3                     | 1000
            1.2E+3                   | 1200
            1E-10                    | 0.0000000001
            12345678901234567890.12  | 12345678901234567890.12
            """)
    void plainKeepsTheScaleAndNeverUsesExponents(BigDecimal value, String expected) {
        assertEquals(expected, Amounts.plain(value));
    }

    @ParameterizedTest(name = "{0} to {1} decimals → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            4398.1047    | 2 | 4398.10
            4398.1047    | 4 | 4398.1047
            4398.1047    | 0 | 4398
            1234567.805  | 2 | 1234567.81
            1234567.804  | 2 | 1234567.80
            122.86       | 4 | 122.8600
            2.5          | 0 | 3
            -2.5         | 0 | -3
            0.005        | 2 | 0.01
            0.0049       | 2 | 0.00
            -0.004       | 2 | 0.00
            -0.005       | 2 | -0.01
            9.995        | 2 | 10.00
            1E+3         | 2 | 1000.00
            0            | 2 | 0.00
            """)
    void fixedRoundsHalfUp(BigDecimal value, int decimals, String expected) {
        assertEquals(expected, Amounts.fixed(value, decimals));
    }

    @ParameterizedTest(name = "{0} to {1} decimals → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0               | 2 | 0.00
            1               | 2 | 1.00
            999             | 2 | 999.00
            999.994         | 2 | 999.99
            999.995         | 2 | 1,000.00
            1000            | 2 | 1,000.00
            12345           | 0 | 12,345
            100000          | 0 | 100,000
            123456          | 3 | 123,456.000
            1234567.8       | 2 | 1,234,567.80
            1234567.805     | 2 | 1,234,567.81
            -1234567.8      | 2 | -1,234,567.80
            -999            | 2 | -999.00
            -1000           | 0 | -1,000
            999999.995      | 2 | 1,000,000.00
            5166573.74      | 2 | 5,166,573.74
            1E+7            | 2 | 10,000,000.00
            -0.001          | 2 | 0.00
            12345678901234567890 | 0 | 12,345,678,901,234,567,890
            """)
    void groupedSeparatesThousandsWithCommas(BigDecimal value, int decimals, String expected) {
        assertEquals(expected, Amounts.grouped(value, decimals));
    }

    @Test
    void rejectsNegativeDecimalsNamingTheValue() {
        IllegalArgumentException fixed =
                assertThrows(IllegalArgumentException.class, () -> Amounts.fixed(BigDecimal.ONE, -1));
        IllegalArgumentException grouped =
                assertThrows(IllegalArgumentException.class, () -> Amounts.grouped(BigDecimal.ONE, -2));
        assertTrue(fixed.getMessage().endsWith("-1"), fixed.getMessage());
        assertTrue(grouped.getMessage().endsWith("-2"), grouped.getMessage());
    }

    @Test
    void moneyAddsUpExactly() {
        assertEquals("0.3", Amounts.plain(new BigDecimal("0.1").add(new BigDecimal("0.2"))));
        assertEquals("4659.17", Amounts.plain(new BigDecimal("386.44").add(new BigDecimal("4272.73"))));
    }
}
