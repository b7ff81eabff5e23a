// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1          | 一
            2          | 二
            9          | 九
            10         | 十
            11         | 十一
            12         | 十二
            19         | 十九
            20         | 二十
            21         | 二十一
            30         | 三十
            99         | 九十九
            100        | 一百
            101        | 一百零一
            105        | 一百零五
            110        | 一百一十
            111        | 一百一十一
            119        | 一百一十九
            120        | 一百二十
            200        | 二百
            999        | 九百九十九
            1000       | 一千
            1001       | 一千零一
            1010       | 一千零一十
            1011       | 一千零一十一
            1100       | 一千一百
            1101       | 一千一百零一
            1110       | 一千一百一十
            2020       | 二千零二十
            9999       | 九千九百九十九
            10000      | 一万
            10001      | 一万零一
            10010      | 一万零一十
            10100      | 一万零一百
            11000      | 一万一千
            100000     | 十万
            100010     | 十万零一十
            110000     | 十一万
            1000000    | 一百万
            1004800    | 一百万四千八百
            1010000    | 一百零一万
            1100000    | 一百一十万
            10000000   | 一千万
            10001000   | 一千万一千
            50800000   | 五千零八十万
            100000000  | 一亿
            100000001  | 一亿零一
            101000000  | 一亿零一百万
            1000000000 | 十亿
            1010000000 | 十亿一千万
            2147483647 | 二十一亿四千七百四十八万三千六百四十七
            """)
    void writesCommonChineseNumerals(int n, String expected) {
        assertEquals(expected, ChineseNumerals.of(n));
    }

    @Test
    void everyNumberUpToOneHundredThousandReadsBackToItself() {
        for (int n = 1; n <= 100_000; n++) {
            String written = ChineseNumerals.of(n);
            assertEquals(n, ChineseNumberReader.LOWER.read(written), written);
            assertFalse(written.contains("零零") || written.endsWith("零") || written.contains("两"), written);
        }
    }

    @Test
    void tenIsBareOnlyAtTheStartAndHasItsDigitEverywhereElse() {
        for (int n = 1; n <= 100_000; n++) {
            String written = ChineseNumerals.of(n);
            assertFalse(written.startsWith("一十"), written);
            for (int i = written.indexOf('十', 1); i > 0; i = written.indexOf('十', i + 1)) {
                assertTrue("一二三四五六七八九".indexOf(written.charAt(i - 1)) >= 0, written);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsNumbersBelowOneNamingTheValue(int n) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(n));
        assertTrue(e.getMessage().endsWith(String.valueOf(n)), e.getMessage());
    }
}
