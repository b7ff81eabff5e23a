// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output does not depend on the default locale or time zone: the same assertions hold under locales
 * with other digits, separators and case rules, and at UTC+14.
 */
@ResourceLock(Resources.LOCALE)
@ResourceLock(Resources.TIME_ZONE)
class LocaleIndependenceTest {
    private Locale savedLocale;
    private Locale savedFormatLocale;
    private Locale savedDisplayLocale;
    private TimeZone savedTimeZone;

    @BeforeEach
    void saveDefaults() {
        savedLocale = Locale.getDefault();
        savedFormatLocale = Locale.getDefault(Locale.Category.FORMAT);
        savedDisplayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        savedTimeZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaults() {
        Locale.setDefault(savedLocale);
        Locale.setDefault(Locale.Category.FORMAT, savedFormatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, savedDisplayLocale);
        TimeZone.setDefault(savedTimeZone);
    }

    @ParameterizedTest(name = "default locale {0}, time zone Pacific/Kiritimati")
    @ValueSource(
            strings = {"de-DE", "ar", "ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR", "fr-CH", "tr-TR", "zh-CN"
            })
    void formatsTheSameUnderAnyDefaultLocaleAndTimeZone(String languageTag) {
        useDefaults(languageTag);

        assertAll(
                () -> assertEquals("一百零一", ChineseNumerals.of(101)),
                () -> assertEquals("（十一）", NumberingStyle.CHINESE_PAREN.format(11)),
                () -> assertEquals("12.", NumberingStyle.ARABIC_DOT.format(12)),
                () -> assertEquals("（51）", NumberingStyle.CIRCLED.format(51)),
                () -> assertEquals("AI.", NumberingStyle.LATIN_DOT.format(35)),
                () -> assertEquals("2023年5月7日", ChineseDates.format(LocalDate.of(2023, 5, 7))),
                () -> assertEquals("2023年5月", ChineseDates.formatYearMonth(YearMonth.of(2023, 5))),
                () -> assertEquals("2022年度", ChineseDates.formatFiscalYear(2022)),
                () -> assertEquals("1234567.805", Amounts.plain(new BigDecimal("1234567.805"))),
                () -> assertEquals("1234567.81", Amounts.fixed(new BigDecimal("1234567.805"), 2)),
                () -> assertEquals("1,234,567.81", Amounts.grouped(new BigDecimal("1234567.805"), 2)),
                () -> assertEquals("-1,234,567.81", Amounts.grouped(new BigDecimal("-1234567.805"), 2)),
                () -> assertEquals(
                        "88.48%",
                        Percentages.format(Percentages.rate(new BigDecimal("1951"), new BigDecimal("2205"))
                                .orElseThrow())),
                () -> assertEquals("伍佰壹拾陆万陆仟伍佰柒拾叁元柒角肆分", CapitalAmounts.ofYuan(new BigDecimal("5166573.74"))),
                () -> assertEquals("2023年5月7日", TextFormat.DATE.apply("2023-05-07")),
                () -> assertEquals("1,000.00", TextFormat.GROUPED.apply(1000)),
                () -> assertEquals("二十一", TextFormat.CHINESE.apply(21)),
                () -> assertEquals(
                        TextFormat.AMOUNT2, TextFormat.byName("amount2").orElseThrow()),
                () -> assertEquals(
                        NumberingStyle.LATIN_DOT, NumberingStyle.byLabel("A.").orElseThrow()));
    }

    /** Guards the test above: each of its locales really changes locale-sensitive output. */
    @ParameterizedTest(name = "default locale {0} changes String.format")
    @ValueSource(strings = {"de-DE", "ar", "ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR", "fr-CH", "tr-TR"})
    void theseDefaultsWouldChangeLocaleSensitiveFormatting(String languageTag) {
        useDefaults(languageTag);
        String rootFormatted = String.format(Locale.ROOT, "%,.2f %s", 1234567.805, "i".toUpperCase(Locale.ROOT));
        String defaultFormatted = String.format("%,.2f %s", 1234567.805, "i".toUpperCase());
        assertNotEquals(rootFormatted, defaultFormatted);
    }

    private static void useDefaults(String languageTag) {
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertEquals("Pacific/Kiritimati", TimeZone.getDefault().getID());
    }
}
