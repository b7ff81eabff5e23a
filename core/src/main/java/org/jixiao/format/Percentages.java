// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * 百分率: rates such as 预决算差异率, 资金到位率 and 任务完成率, computed exactly and printed with two
 * decimals and {@code %}.
 *
 * <p>Values are in percent units: 88.4807 means 88.4807 %. Printing rounds {@link
 * RoundingMode#HALF_UP} to two decimals.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public final class Percentages {
    /** Digits kept after the decimal point (in percent) by {@link #rate}. */
    public static final int RATE_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {}

    /**
     * Writes a value in percent units with two decimals: 88.4807 → {@code 88.48%}, 100 → {@code
     * 100.00%}, 0 → {@code 0.00%}, -3.005 → {@code -3.01%}.
     */
    public static String format(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return Amounts.fixed(percent, 2) + "%";
    }

    /**
     * Computes {@code numerator ÷ denominator × 100}, in percent units: (1951, 2205) → 88.4807256236.
     *
     * <p>The quotient is rounded HALF_UP to {@value #RATE_SCALE} decimals, then trailing zeros are
     * stripped (never to a negative scale): (122.86, 122.86) → 100. For 预决算差异率 pass {@code
     * 决算 − 预算} as the numerator and {@code 预算} as the denominator.
     *
     * @return the rate, or empty if {@code denominator} is zero
     */
    public static Optional<BigDecimal> rate(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = numerator
                .multiply(HUNDRED)
                .divide(denominator, RATE_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Optional.of(percent.scale() < 0 ? percent.setScale(0) : percent);
    }
}
