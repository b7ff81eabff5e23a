// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 金额: an amount written with Arabic digits, ASCII full stop as decimal point, never in scientific
 * notation.
 *
 * <p>The unit (元 or 万元) is the caller's: these methods print the number only. Negative values keep
 * a leading {@code -}; a value that rounds to zero prints without one. Rounding is {@link
 * RoundingMode#HALF_UP}.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public final class Amounts {
    private Amounts() {}

    /**
     * Writes {@code value} with its own scale, no grouping: 4398.1047 → {@code 4398.1047}, 122.860
     * → {@code 122.860}, 1.2E+3 → {@code 1200}.
     */
    public static String plain(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /**
     * Writes {@code value} rounded HALF_UP to {@code decimals} places, no grouping: (1234.565, 2) →
     * {@code 1234.57}.
     *
     * @param decimals digits after the decimal point, at least 0
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public static String fixed(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        return round(value, decimals).toPlainString();
    }

    /**
     * Writes {@code value} rounded HALF_UP to {@code decimals} places with a comma between groups of
     * three integer digits: (1234567.8, 2) → {@code 1,234,567.80}.
     *
     * @param decimals digits after the decimal point, at least 0
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public static String grouped(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        BigDecimal rounded = round(value, decimals);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        int integerEnd = point < 0 ? digits.length() : point;
        StringBuilder sb = new StringBuilder(digits.length() + integerEnd / 3 + 1);
        if (rounded.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < integerEnd; i++) {
            if (i > 0 && (integerEnd - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, integerEnd, digits.length()).toString();
    }

    private static BigDecimal round(BigDecimal value, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be at least 0, was " + decimals);
        }
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
