// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapitalAmountsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0                    | 零元整
            0.00                 | 零元整
            1                    | 壹元整
            9                    | 玖元整
            10                   | 壹拾元整
            11                   | 壹拾壹元整
            19                   | 壹拾玖元整
            20                   | 贰拾元整
            100                  | 壹佰元整
            101                  | 壹佰零壹元整
            110                  | 壹佰壹拾元整
            111                  | 壹佰壹拾壹元整
            1000                 | 壹仟元整
            1001                 | 壹仟零壹元整
            1010                 | 壹仟零壹拾元整
            1100                 | 壹仟壹佰元整
            10000                | 壹万元整
            10001                | 壹万零壹元整
            10010                | 壹万零壹拾元整
            10100                | 壹万零壹佰元整
            11000                | 壹万壹仟元整
            100000               | 壹拾万元整
            110000               | 壹拾壹万元整
            100010               | 壹拾万零壹拾元整
            1004800              | 壹佰万零肆仟捌佰元整
            1228600              | 壹佰贰拾贰万捌仟陆佰元整
            10000000             | 壹仟万元整
            10001000             | 壹仟万零壹仟元整
            10010000             | 壹仟零壹万元整
            50800000             | 伍仟零捌拾万元整
            100000000            | 壹亿元整
            100000001            | 壹亿零壹元整
            100010000            | 壹亿零壹万元整
            101000000            | 壹亿零壹佰万元整
            110000000            | 壹亿壹仟万元整
            1000000000           | 壹拾亿元整
            1010000000           | 壹拾亿零壹仟万元整
            1000000000000        | 壹万亿元整
            1000000000001        | 壹万亿零壹元整
            1000050000000        | 壹万亿零伍仟万元整
            1000200000000        | 壹万零贰亿元整
            10000000000000       | 壹拾万亿元整
            1E+3                 | 壹仟元整
            """)
    void writesWholeYuanWithZheng(BigDecimal yuan, String expected) {
        assertEquals(expected, CapitalAmounts.ofYuan(yuan));
    }

    /** The examples of 《支付结算办法》 附件 and the brief, where jiao and fen appear. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0.01                 | 壹分
            0.05                 | 伍分
            0.1                  | 壹角
            0.5                  | 伍角
            0.50                 | 伍角
            0.55                 | 伍角伍分
            1.05                 | 壹元零伍分
            1.5                  | 壹元伍角
            2.30                 | 贰元叁角
            10.05                | 壹拾元零伍分
            15.6                 | 壹拾伍元陆角
            100.10               | 壹佰元壹角
            100.01               | 壹佰元零壹分
            325.04               | 叁佰贰拾伍元零肆分
            1409.50              | 壹仟肆佰零玖元伍角
            1680.32              | 壹仟陆佰捌拾元叁角贰分
            6007.14              | 陆仟零柒元壹角肆分
            16409.02             | 壹万陆仟肆佰零玖元零贰分
            107000.53            | 壹拾万零柒仟元伍角叁分
            5166573.74           | 伍佰壹拾陆万陆仟伍佰柒拾叁元柒角肆分
            1234567890.12        | 壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分
            9999999999999999.99  | 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            """)
    void writesJiaoAndFenWithoutZheng(BigDecimal yuan, String expected) {
        assertEquals(expected, CapitalAmounts.ofYuan(yuan));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0.004                | 零元整
            0.005                | 壹分
            1.005                | 壹元零壹分
            1.994                | 壹元玖角玖分
            1.995                | 贰元整
            99.999               | 壹佰元整
            -0.004               | 零元整
            -0.005               | 负壹分
            """)
    void roundsHalfUpToFenFirst(BigDecimal yuan, String expected) {
        assertEquals(expected, CapitalAmounts.ofYuan(yuan));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            -12                  | 负壹拾贰元整
            -0.5                 | 负伍角
            -1004800             | 负壹佰万零肆仟捌佰元整
            -5166573.74          | 负伍佰壹拾陆万陆仟伍佰柒拾叁元柒角肆分
            """)
    void prefixesNegativeAmountsWithFu(BigDecimal yuan, String expected) {
        assertEquals(expected, CapitalAmounts.ofYuan(yuan));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10000000000000000",
                "9999999999999999.995",
                "-9999999999999999.995",
                "-10000000000000000",
                "1E+20",
                "1E+999999999"
            })
    void rejectsAmountsOfOneYiYiAndMore(BigDecimal yuan) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CapitalAmounts.ofYuan(yuan));
        assertTrue(e.getMessage().endsWith(yuan.toString()), e.getMessage());
    }

    @Test
    void everyAmountUpToTwoThousandYuanReadsBackToItself() {
        for (long cents = 0; cents <= 200_000; cents++) {
            assertReadsBack(BigDecimal.valueOf(cents, 2));
        }
    }

    @Test
    void randomLargeAmountsReadBackToThemselves() {
        Random random = new Random(20230507L);
        for (int i = 0; i < 200_000; i++) {
            // digits of random length, with many zeros, to exercise every zero pattern
            int length = 1 + random.nextInt(18);
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < length; d++) {
                digits.append(
                        random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : random.nextBoolean() ? '0' : '1');
            }
            assertReadsBack(new BigDecimal(digits.toString()).movePointLeft(2));
        }
    }

    /** Checks the structure of the capital amount and reads it back with an independent reader. */
    private static void assertReadsBack(BigDecimal yuan) {
        String written = CapitalAmounts.ofYuan(yuan);
        long cents = yuan.movePointRight(2).longValueExact();
        long whole = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        String rest = written;
        if (whole > 0 || cents == 0) {
            int yuanAt = rest.indexOf('元');
            String integer = rest.substring(0, yuanAt);
            assertEquals(whole, ChineseNumberReader.CAPITAL.read(integer), written);
            if (whole > 0) {
                assertFalse(integer.startsWith("零") || integer.endsWith("零"), written);
                assertEquals(
                        innerZeroRuns(whole),
                        integer.chars().filter(c -> c == '零').count(),
                        written);
            }
            rest = rest.substring(yuanAt + 1);
        }
        String expectedRest = jiao == 0 && fen == 0
                ? "整"
                : (jiao > 0 ? digit(jiao) + "角" : whole > 0 ? "零" : "") + (fen > 0 ? digit(fen) + "分" : "");
        assertEquals(expectedRest, rest, written);
        assertFalse(written.contains("零零") || written.contains("零万") || written.contains("零亿"), written);
        assertFalse(written.matches(".*(^|[^壹贰叁肆伍陆柒捌玖])拾.*"), written);
    }

    /** Runs of 0 between non-zero digits: each is written as exactly one 零 (1004800 → 1, 10010000 → 1). */
    private static long innerZeroRuns(long whole) {
        String withoutTrailingZeros = Long.toString(whole).replaceAll("0+$", "");
        return Pattern.compile("0+").matcher(withoutTrailingZeros).results().count();
    }

    private static String digit(int d) {
        return String.valueOf("零壹贰叁肆伍陆柒捌玖".charAt(d));
    }
}
