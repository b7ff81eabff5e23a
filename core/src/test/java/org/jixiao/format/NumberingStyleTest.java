// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingStyleTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            CHINESE_COMMA | 1   | 一、
            CHINESE_COMMA | 2   | 二、
            CHINESE_COMMA | 10  | 十、
            CHINESE_COMMA | 11  | 十一、
            CHINESE_COMMA | 20  | 二十、
            CHINESE_COMMA | 21  | 二十一、
            CHINESE_COMMA | 99  | 九十九、
            CHINESE_COMMA | 101 | 一百零一、
            CHINESE_PAREN | 1   | （一）
            CHINESE_PAREN | 4   | （四）
            CHINESE_PAREN | 10  | （十）
            CHINESE_PAREN | 11  | （十一）
            CHINESE_PAREN | 20  | （二十）
            CHINESE_PAREN | 110 | （一百一十）
            ARABIC_DOT    | 1   | 1.
            ARABIC_DOT    | 9   | 9.
            ARABIC_DOT    | 10  | 10.
            ARABIC_DOT    | 123 | 123.
            ARABIC_PAREN  | 1   | （1）
            ARABIC_PAREN  | 12  | （12）
            ARABIC_PAREN  | 100 | （100）
            CIRCLED       | 1   | ①
            CIRCLED       | 2   | ②
            CIRCLED       | 9   | ⑨
            CIRCLED       | 10  | ⑩
            CIRCLED       | 11  | ⑪
            CIRCLED       | 19  | ⑲
            CIRCLED       | 20  | ⑳
            CIRCLED       | 21  | ㉑
            CIRCLED       | 22  | ㉒
            CIRCLED       | 35  | ㉟
            CIRCLED       | 36  | ㊱
            CIRCLED       | 49  | ㊾
            CIRCLED       | 50  | ㊿
            CIRCLED       | 51  | （51）
            CIRCLED       | 100 | （100）
            LATIN_DOT     | 1   | A.
            LATIN_DOT     | 2   | B.
            LATIN_DOT     | 25  | Y.
            LATIN_DOT     | 26  | Z.
            LATIN_DOT     | 27  | AA.
            LATIN_DOT     | 28  | AB.
            LATIN_DOT     | 52  | AZ.
            LATIN_DOT     | 53  | BA.
            LATIN_DOT     | 702 | ZZ.
            LATIN_DOT     | 703 | AAA.
            CHINESE       | 1   | 一
            CHINESE       | 11  | 十一
            CHINESE       | 101 | 一百零一
            ARABIC        | 1   | 1
            ARABIC        | 1000| 1000
            """)
    void writesItemNumbers(NumberingStyle style, int n, String expected) {
        assertEquals(expected, style.format(n));
    }

    @Test
    void circledNumbersAreSingleCodePointsFromTheThreeUnicodeBlocks() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 50; n++) {
            String circled = NumberingStyle.CIRCLED.format(n);
            assertEquals(1, circled.length(), circled);
            int cp = circled.charAt(0);
            int expected = n <= 20 ? 0x2460 + n - 1 : n <= 35 ? 0x3251 + n - 21 : 0x32B1 + n - 36;
            assertEquals(expected, cp, "item " + n);
            assertTrue(Character.getName(cp).startsWith("CIRCLED"), Character.getName(cp));
            assertTrue(seen.add(circled), circled);
        }
    }

    @Test
    void latinLettersCountInBijectiveBaseTwentySix() {
        for (int n = 1; n <= 20_000; n++) {
            String letters = NumberingStyle.LATIN_DOT.format(n);
            assertTrue(letters.endsWith("."), letters);
            int value = 0;
            for (char c : letters.substring(0, letters.length() - 1).toCharArray()) {
                assertTrue(c >= 'A' && c <= 'Z', letters);
                value = value * 26 + (c - 'A' + 1);
            }
            assertEquals(n, value, letters);
        }
    }

    @ParameterizedTest
    @EnumSource(NumberingStyle.class)
    void labelIsTheFirstItemAsWritten(NumberingStyle style) {
        assertEquals(style.format(1), style.label());
    }

    @ParameterizedTest
    @EnumSource(NumberingStyle.class)
    void findsEachStyleByItsLabel(NumberingStyle style) {
        assertEquals(Optional.of(style), NumberingStyle.byLabel(style.label()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            一、   | CHINESE_COMMA
            （一） | CHINESE_PAREN
            1.     | ARABIC_DOT
            （1）  | ARABIC_PAREN
            ①      | CIRCLED
            A.     | LATIN_DOT
            一     | CHINESE
            1      | ARABIC
            """)
    void labelsAreTheOfficialOutlineForms(String label, NumberingStyle expected) {
        assertEquals(Optional.of(expected), NumberingStyle.byLabel(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1、", "(1)", "(一)", "一,", "二、", "a.", "A", "1. ", " 一、", "⑴"})
    void findsNoStyleForOtherLabels(String label) {
        assertEquals(Optional.empty(), NumberingStyle.byLabel(label));
    }

    @ParameterizedTest
    @EnumSource(NumberingStyle.class)
    void rejectsItemNumbersBelowOne(NumberingStyle style) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> style.format(0));
        assertTrue(e.getMessage().endsWith("0"), e.getMessage());
    }

    @Test
    void labelsAreUnique() {
        Set<String> labels = new HashSet<>();
        for (NumberingStyle style : NumberingStyle.values()) {
            assertTrue(labels.add(style.label()), style.label());
        }
    }
}
