// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 百分率: a rate in percent units (88.4807 means 88.4807%), exact until printed.
 *
 * @param value the rate in percent
 */
public record Percent(BigDecimal value) {
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** numerator ÷ denominator × 100%; empty when the denominator is zero. */
    public static Optional<Percent> of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Percent(numerator.multiply(HUNDRED).divide(denominator, PRECISION)));
    }

    /** The rate rounded HALF_UP to two decimals, as printed: 88.48. */
    public BigDecimal rounded() {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether a rate stated with fewer decimals agrees with this one once both are rounded alike. */
    public boolean agreesWith(BigDecimal statedPercent) {
        int scale = Math.max(0, Math.min(2, statedPercent.stripTrailingZeros().scale()));
        return value.setScale(scale, RoundingMode.HALF_UP)
                        .compareTo(statedPercent.setScale(scale, RoundingMode.HALF_UP))
                == 0;
    }

    /** As printed: two decimals and a percent sign, e.g. {@code 88.48%}. */
    @Override
    public String toString() {
        return rounded().toPlainString() + "%";
    }
}
