// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 格式: the fixed set of formatters a template applies to a value as {@code {{path|name}}}.
 *
 * <p>Each formatter accepts one {@link ValueKind}; a value of another kind is rejected with an
 * {@link IllegalArgumentException} naming the formatter and the value's type. Money is never
 * floating point: {@link Double} and {@link Float} are rejected everywhere. Outline numbering is not
 * here: see {@link NumberingStyle#byLabel(String)}.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public enum TextFormat {
    /** {@code date}: 2023-05-07 → 2023年5月7日 ({@link ChineseDates#format}). */
    DATE("date", ValueKind.DATE, check -> ChineseDates.format(toDate(check))),
    /** {@code amount}: the amount as given, with its own scale ({@link Amounts#plain}). */
    AMOUNT("amount", ValueKind.NUMBER, check -> Amounts.plain(toNumber(check))),
    /** {@code amount2}: the amount rounded HALF_UP to two decimals, 4398.1047 → 4398.10. */
    AMOUNT2("amount2", ValueKind.NUMBER, check -> Amounts.fixed(toNumber(check), 2)),
    /** {@code grouped}: two decimals with thousands separators, 5166573.74 → 5,166,573.74. */
    GROUPED("grouped", ValueKind.NUMBER, check -> Amounts.grouped(toNumber(check), 2)),
    /** {@code percent}: a value in percent units, 88.4807 → 88.48% ({@link Percentages#format}). */
    PERCENT("percent", ValueKind.NUMBER, check -> Percentages.format(toNumber(check))),
    /** {@code capital}: an amount in 元 as 大写金额 ({@link CapitalAmounts#ofYuan}). */
    CAPITAL("capital", ValueKind.NUMBER, check -> CapitalAmounts.ofYuan(toNumber(check))),
    /** {@code chinese}: a whole number ≥ 1 in Chinese numerals, 21 → 二十一 ({@link ChineseNumerals#of}). */
    CHINESE("chinese", ValueKind.INTEGER, check -> ChineseNumerals.of(toPositiveInt(check)));

    private final String formatName;
    private final ValueKind accepts;
    private final Function<ValueCheck, String> writer;

    TextFormat(String formatName, ValueKind accepts, Function<ValueCheck, String> writer) {
        this.formatName = formatName;
        this.accepts = accepts;
        this.writer = writer;
    }

    /** The name a template writes after {@code |}, e.g. {@code amount2}. */
    public String formatName() {
        return formatName;
    }

    /** The kind of value this formatter accepts. */
    public ValueKind accepts() {
        return accepts;
    }

    /**
     * Formats {@code value}.
     *
     * @throws IllegalArgumentException if the value is not of the {@link #accepts() accepted} kind,
     *     or is out of the formatter's range (e.g. {@code chinese} of 0)
     */
    public String apply(Object value) {
        Objects.requireNonNull(value, "value");
        return writer.apply(new ValueCheck(this, value));
    }

    /**
     * Finds the formatter whose {@link #formatName()} is exactly {@code name}.
     *
     * @return the formatter, or empty if there is none of that name
     */
    public static Optional<TextFormat> byName(String name) {
        Objects.requireNonNull(name, "name");
        for (TextFormat format : values()) {
            if (format.formatName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A value on its way into a formatter, remembered with the formatter for error messages. */
    private record ValueCheck(TextFormat format, Object value) {
        IllegalArgumentException reject(String why) {
            return new IllegalArgumentException("formatter '" + format.formatName + "' needs " + why + ", not "
                    + value.getClass().getName());
        }
    }

    private static LocalDate toDate(ValueCheck check) {
        if (check.value() instanceof LocalDate date) {
            return date;
        }
        if (check.value() instanceof CharSequence text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "formatter '" + check.format().formatName
                                + "' needs an ISO date such as 2023-05-07, not a String in another form",
                        e);
            }
        }
        throw check.reject("a LocalDate or an ISO date String");
    }

    private static BigDecimal toNumber(ValueCheck check) {
        Object value = check.value();
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new BigDecimal(String.valueOf(value));
        }
        if (value instanceof Double || value instanceof Float) {
            throw check.reject("an exact number (BigDecimal; money is never floating point)");
        }
        throw check.reject("a number (BigDecimal, BigInteger, Long, Integer, Short or Byte)");
    }

    private static int toPositiveInt(ValueCheck check) {
        boolean whole = check.value() instanceof BigDecimal decimal
                ? decimal.stripTrailingZeros().scale() <= 0
                : check.value() instanceof Number
                        && !(check.value() instanceof Double || check.value() instanceof Float);
        if (!whole) {
            throw check.reject(
                    "a whole number (Integer, Long, Short, Byte, BigInteger or BigDecimal without fraction)");
        }
        BigDecimal number = toNumber(check);
        if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("formatter '" + check.format().formatName
                    + "' needs a whole number from 1 to " + Integer.MAX_VALUE + ", not " + number.toPlainString());
        }
        return number.intValueExact();
    }
}
