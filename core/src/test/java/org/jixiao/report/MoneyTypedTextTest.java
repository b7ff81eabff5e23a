// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Money#tenThousandYuan(String)} and {@link Money#yuan(String)} read what a finance clerk types. */
@Tag("issue-14")
class MoneyTypedTextTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            textBlock =
                    """
                    1234.56|1234.56
                    0|0
                    0.00|0.00
                    1,234.00|1234.00
                    1,234|1234
                    12,345,678.9|12345678.9
                    1 234.00|1234.00
                    1\u00A0234.00|1234.00
                    1\u2009234.00|1234.00
                    1\u202F234.00|1234.00
                    1\u3000234.00|1234.00
                    １２３４．５６|1234.56
                    1，234.00|1234.00
                    １，２３４．００|1234.00
                    \u0020 4659.17\t|4659.17
                    \u30004,659.17\u00A0|4659.17
                    """)
    void readsWhatAClerkTypesKeepingTheScale(String typed, String expected) {
        Money money = Money.tenThousandYuan(typed);
        assertEquals(new Money(new BigDecimal(expected), MoneyUnit.TEN_THOUSAND_YUAN), money);
        assertEquals(new BigDecimal(expected).scale(), money.amount().scale());
    }

    @Test
    void yuanReadsTheSameWayInItsOwnUnit() {
        assertEquals(new Money(new BigDecimal("5166573.74"), MoneyUnit.YUAN), Money.yuan("5,166,573.74"));
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            textBlock =
                    """
                    1,23,4|分隔符的位置不对|separators are misplaced
                    1234,567.00|分隔符的位置不对|separators are misplaced
                    1,234 567|分隔符的位置不对|separators are misplaced
                    1.2.3|分隔符的位置不对|separators are misplaced
                    1234.|分隔符的位置不对|separators are misplaced
                    .5|分隔符的位置不对|separators are misplaced
                    1.234,00|小数点须写作“.”|the decimals follow a "."
                    1234,5|小数点须写作“.”|the decimals follow a "."
                    12a4|不属于数字的字符“a”|contains "a" (U+0061)
                    1e3|不属于数字的字符“e”|contains "e" (U+0065)
                    +12|不属于数字的字符“+”|contains "+" (U+002B)
                    1234.56元|含有“元”：单位由方法给出|the unit is given by the method
                    12万|含有“万”|contains "万"
                    ￥100|含有“￥”|contains "￥"
                    -1.00|金额不能为负数|cannot be negative
                    －１|金额不能为负数|cannot be negative
                    \u2212 5|金额不能为负数|cannot be negative
                    ''|没有数字|it has no digits
                    \u0020 \t|没有数字|it has no digits
                    """)
    void refusesAnythingElseSayingWhatAndHowInChineseAndEnglish(String typed, String whyZh, String whyEn) {
        String text = typed.equals("''") ? "" : typed;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.tenThousandYuan(text));
        String message = e.getMessage();
        assertAll(
                () -> assertTrue(message.startsWith("金额“" + text + "”无法识别："), message),
                () -> assertTrue(message.contains(whyZh), message),
                () -> assertTrue(message.contains("请写成 1234.56、1,234.56 或 1 234.56"), message),
                () -> assertTrue(message.contains("Cannot read the amount \"" + text + "\": "), message),
                () -> assertTrue(message.contains(whyEn), message),
                () -> assertTrue(message.contains("Write it as 1234.56, 1,234.56 or 1 234.56"), message));
    }

    @Test
    void refusesNullAsNoAmount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.yuan(null));
        assertTrue(e.getMessage().startsWith("金额null无法识别：没有给出金额"), e.getMessage());
        assertTrue(e.getMessage().contains("Cannot read the amount null: no amount was given"), e.getMessage());
    }
}
