// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * 序号样式: how an item number is written in an outline or a list.
 *
 * <p>The official outline levels of GB/T 9704-2012, outermost first, are {@link #CHINESE_COMMA}
 * 一、 → {@link #CHINESE_PAREN} （一） → {@link #ARABIC_DOT} 1. → {@link #ARABIC_PAREN} （1）;
 * reports go on with {@link #CIRCLED} ① and {@link #LATIN_DOT} A.. Parentheses are the full-width
 * （ ） (U+FF08/U+FF09), with no punctuation after them; dots are the ASCII full stop, with no space.
 * A style is found by its {@link #label()}, the way a template writes it: {@code {{@n|一、}}}.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public enum NumberingStyle {
    /** 一、二、…九十九、: first-level headings. */
    CHINESE_COMMA("一、", n -> ChineseNumerals.of(n) + "、"),
    /** （一）（二）…: second-level headings. */
    CHINESE_PAREN("（一）", n -> "（" + ChineseNumerals.of(n) + "）"),
    /** 1. 2. …: third-level headings. */
    ARABIC_DOT("1.", n -> n + "."),
    /** （1）（2）…: fourth-level headings. */
    ARABIC_PAREN("（1）", n -> "（" + n + "）"),
    /**
     * ①…⑳ ㉑…㉟ ㊱…㊿ (U+2460–2473, U+3251–325F, U+32B1–32BF); from 51 on, where Unicode has no
     * circled number, it falls back to the {@link #ARABIC_PAREN} form （51）.
     */
    CIRCLED("①", NumberingStyle::circled),
    /** A. B. … Z. AA. AB. … AZ. BA. …: bijective base 26, upper case. */
    LATIN_DOT("A.", n -> latin(n) + "."),
    /** 一 二 … 一百零一: the bare numeral, no punctuation. */
    CHINESE("一", ChineseNumerals::of),
    /** 1 2 …: the bare number, no punctuation. */
    ARABIC("1", Integer::toString);

    private final String label;
    private final IntFunction<String> writer;

    NumberingStyle(String label, IntFunction<String> writer) {
        this.label = label;
        this.writer = writer;
    }

    /** The first item as written, e.g. {@code 一、} or {@code （1）}; equal to {@code format(1)}. */
    public String label() {
        return label;
    }

    /**
     * Writes item number {@code n}: {@code CHINESE_PAREN.format(11)} is {@code （十一）}.
     *
     * @param n the item number, at least 1
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public String format(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("item number must be at least 1, was " + n);
        }
        return writer.apply(n);
    }

    /**
     * Finds the style whose {@link #label()} is exactly {@code label}.
     *
     * @return the style, or empty if no style has that label
     */
    public static Optional<NumberingStyle> byLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (NumberingStyle style : values()) {
            if (style.label.equals(label)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    private static String circled(int n) {
        if (n <= 20) {
            return String.valueOf((char) (0x2460 + n - 1));
        }
        if (n <= 35) {
            return String.valueOf((char) (0x3251 + n - 21));
        }
        if (n <= 50) {
            return String.valueOf((char) (0x32B1 + n - 36));
        }
        return ARABIC_PAREN.format(n);
    }

    private static String latin(int n) {
        StringBuilder sb = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            sb.append((char) ('A' + (rest - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
