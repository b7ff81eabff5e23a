// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFormatTest {

    @ParameterizedTest(name = "{0} → {1}, accepts {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            date    | DATE    | DATE
            amount  | AMOUNT  | NUMBER
            amount2 | AMOUNT2 | NUMBER
            grouped | GROUPED | NUMBER
            percent | PERCENT | NUMBER
            capital | CAPITAL | NUMBER
            chinese | CHINESE | INTEGER
            """)
    void findsEachFormatterByTheNameATemplateWrites(String name, TextFormat expected, ValueKind kind) {
        assertEquals(Optional.of(expected), TextFormat.byName(name));
        assertEquals(name, expected.formatName());
        assertEquals(kind, expected.accepts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Date", "AMOUNT", "amount ", "一、", "1.", "①", "upper", "percentage"})
    void findsNoFormatterForOtherNames(String name) {
        assertEquals(Optional.empty(), TextFormat.byName(name));
    }

    @Test
    void namesAreUnique() {
        Set<String> names = new HashSet<>();
        for (TextFormat format : TextFormat.values()) {
            assertTrue(names.add(format.formatName()), format.formatName());
        }
    }

    static Stream<Arguments> values() {
        return Stream.of(
                arguments(TextFormat.DATE, LocalDate.of(2023, 5, 7), "2023年5月7日"),
                arguments(TextFormat.DATE, "2023-05-07", "2023年5月7日"),
                arguments(TextFormat.DATE, "2022-12-31", "2022年12月31日"),
                arguments(TextFormat.AMOUNT, new BigDecimal("4398.1047"), "4398.1047"),
                arguments(TextFormat.AMOUNT, new BigDecimal("1.2E+3"), "1200"),
                arguments(TextFormat.AMOUNT, 1228600, "1228600"),
                arguments(TextFormat.AMOUNT, 5166573L, "5166573"),
                arguments(TextFormat.AMOUNT, (short) -12, "-12"),
                arguments(TextFormat.AMOUNT, (byte) 7, "7"),
                arguments(TextFormat.AMOUNT, new BigInteger("12345678901234567890"), "12345678901234567890"),
                arguments(TextFormat.AMOUNT2, new BigDecimal("4398.1047"), "4398.10"),
                arguments(TextFormat.AMOUNT2, new BigDecimal("1234567.805"), "1234567.81"),
                arguments(TextFormat.AMOUNT2, 20, "20.00"),
                arguments(TextFormat.GROUPED, new BigDecimal("5166573.74"), "5,166,573.74"),
                arguments(TextFormat.GROUPED, new BigDecimal("1234567.805"), "1,234,567.81"),
                arguments(TextFormat.GROUPED, 1000L, "1,000.00"),
                arguments(TextFormat.PERCENT, new BigDecimal("88.4807256236"), "88.48%"),
                arguments(TextFormat.PERCENT, 100, "100.00%"),
                arguments(TextFormat.CAPITAL, new BigDecimal("5166573.74"), "伍佰壹拾陆万陆仟伍佰柒拾叁元柒角肆分"),
                arguments(TextFormat.CAPITAL, 1228600, "壹佰贰拾贰万捌仟陆佰元整"),
                arguments(TextFormat.CAPITAL, 10L, "壹拾元整"),
                arguments(TextFormat.CHINESE, 21, "二十一"),
                arguments(TextFormat.CHINESE, 101L, "一百零一"),
                arguments(TextFormat.CHINESE, BigInteger.TEN, "十"),
                arguments(TextFormat.CHINESE, new BigDecimal("3.00"), "三"),
                arguments(TextFormat.CHINESE, new BigDecimal("1E+1"), "十"));
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @MethodSource("values")
    void formatsValuesOfTheAcceptedKind(TextFormat format, Object value, String expected) {
        assertEquals(expected, format.apply(value));
    }

    static Stream<Arguments> wrongKinds() {
        return Stream.of(
                arguments(TextFormat.DATE, 20230507, "java.lang.Integer"),
                arguments(TextFormat.DATE, LocalDateTime.of(2023, 5, 7, 0, 0), "java.time.LocalDateTime"),
                arguments(TextFormat.AMOUNT, 1.5d, "java.lang.Double"),
                arguments(TextFormat.AMOUNT, "12", "java.lang.String"),
                arguments(TextFormat.AMOUNT, new AtomicInteger(1), "java.util.concurrent.atomic.AtomicInteger"),
                arguments(TextFormat.AMOUNT2, 0.1f, "java.lang.Float"),
                arguments(TextFormat.GROUPED, 1234.5d, "java.lang.Double"),
                arguments(TextFormat.PERCENT, 88.48d, "java.lang.Double"),
                arguments(TextFormat.CAPITAL, 1228600.0d, "java.lang.Double"),
                arguments(TextFormat.CAPITAL, LocalDate.of(2023, 5, 7), "java.time.LocalDate"),
                arguments(TextFormat.CHINESE, new BigDecimal("1.5"), "java.math.BigDecimal"),
                arguments(TextFormat.CHINESE, 2.0d, "java.lang.Double"),
                arguments(TextFormat.CHINESE, "3", "java.lang.String"));
    }

    @ParameterizedTest(name = "{0} rejects {2}")
    @MethodSource("wrongKinds")
    void rejectsValuesOfAnotherKindNamingFormatterAndType(TextFormat format, Object value, String typeName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> format.apply(value));
        assertTrue(e.getMessage().contains("'" + format.formatName() + "'"), e.getMessage());
        assertTrue(e.getMessage().endsWith(typeName), e.getMessage());
    }

    @Test
    void rejectsFloatingPointMoneySayingWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextFormat.AMOUNT.apply(0.1d));
        assertTrue(e.getMessage().contains("floating point"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023/05/07", "2023-5-7", "2023-02-30", "2023年5月7日", "", "20230507"})
    void rejectsDateStringsThatAreNotIsoDates(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextFormat.DATE.apply(text));
        assertTrue(e.getMessage().contains("'date'") && e.getMessage().contains("String"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("outOfRangeIntegers")
    void rejectsWholeNumbersChineseCannotWrite(Object value) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TextFormat.CHINESE.apply(value));
        assertTrue(
                e.getMessage().contains("'chinese'") && e.getMessage().endsWith(String.valueOf(value)), e.getMessage());
    }

    static Stream<Object> outOfRangeIntegers() {
        return Stream.of(0, -3, 2_147_483_648L, 3_000_000_000L, new BigInteger("99999999999"), new BigDecimal("-1"));
    }

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void rejectsNullNamingTheParameter(TextFormat format) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> format.apply(null));
        assertEquals("value", e.getMessage());
    }
}
