// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * 金额: an exact amount of money with its unit.
 *
 * @param amount the exact decimal amount, in {@code unit}: not negative, at most 4 decimals
 * @param unit 元 or 万元
 */
public record Money(
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal amount, @NotNull MoneyUnit unit) {

    /**
     * An amount in 万元 as a finance clerk types it: {@code 4659.17}, {@code 4,659.17}, {@code 4 659.17}
     * (space, no-break or thin space), full-width {@code ４，６５９．１７}, with surrounding whitespace. The
     * scale is kept as typed: {@code 1,234.00} has two decimals.
     *
     * @throws IllegalArgumentException for anything else — empty, negative, with letters or a unit, grouped
     *     other than by three digits, or with a decimal comma ({@code 1.234,00}); the message says in Chinese
     *     and English what was given and how to write it
     */
    public static Money tenThousandYuan(String amount) {
        return new Money(AmountText.parse(amount), MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * An amount in 元, read as {@link #tenThousandYuan(String)} reads it.
     *
     * @throws IllegalArgumentException as {@link #tenThousandYuan(String)} does
     */
    public static Money yuan(String amount) {
        return new Money(AmountText.parse(amount), MoneyUnit.YUAN);
    }

    /** The exact amount in 元. */
    public BigDecimal toYuan() {
        return amount.multiply(unit.yuanPerUnit());
    }

    /** The exact amount in {@code target} units (exact: 元 to 万元 moves the decimal point). */
    public Money in(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal yuan = toYuan();
        BigDecimal converted = yuan.divide(target.yuanPerUnit());
        return new Money(converted.stripTrailingZeros().scale() < 0 ? converted.setScale(0) : converted, target);
    }

    /** Exact sum, in this amount's unit. */
    public Money plus(Money other) {
        return new Money(amount.add(other.in(unit).amount()), unit);
    }

    /** Exact difference, in this amount's unit. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.in(unit).amount()), unit);
    }

    /** Compares the value, whatever the units: 1万元 equals 10000元. */
    public boolean sameValueAs(Money other) {
        return toYuan().compareTo(other.toYuan()) == 0;
    }

    /** Compares the value, whatever the units. */
    public int compareValue(Money other) {
        return toYuan().compareTo(other.toYuan());
    }

    /** As printed: the amount with its own scale and the unit label, e.g. {@code 4659.17万元}. */
    @Override
    public String toString() {
        return Objects.toString(amount == null ? null : amount.toPlainString()) + (unit == null ? "" : unit.label());
    }
}
