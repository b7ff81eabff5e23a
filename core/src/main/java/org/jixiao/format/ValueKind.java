// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

/**
 * The kind of value a {@link TextFormat} accepts, so a template can be checked against the model
 * before rendering.
 *
 * @since 0.1.0
 */
public enum ValueKind {
    /** Text: a {@link CharSequence}; printed as it is, so no {@link TextFormat} asks for it. */
    TEXT,
    /**
     * An exact number: {@link java.math.BigDecimal}, {@link java.math.BigInteger}, {@link Long},
     * {@link Integer}, {@link Short} or {@link Byte}; never {@link Double} or {@link Float}.
     */
    NUMBER,
    /**
     * A whole number: {@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link
     * java.math.BigInteger}, or a {@link java.math.BigDecimal} without a fractional part.
     */
    INTEGER,
    /** A calendar date: {@link java.time.LocalDate} or an ISO-8601 string such as {@code 2023-05-07}. */
    DATE
}
