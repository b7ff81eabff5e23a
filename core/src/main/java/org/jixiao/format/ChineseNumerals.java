// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

/**
 * 中文数字: a positive whole number written with the common (小写) Chinese numerals, as in outline
 * numbering (一、二十一、一百零一).
 *
 * <p>Rules, as numbers are read aloud: 十 alone at the start (十, 十一, 十万), 一十 elsewhere
 * (一百一十); one 零 for each run of zeros between non-zero digits (一千零一, 一万零一十), except that
 * zeros ending a 万 group are silent (一百万四千八百); no trailing 零; 二 is never written 两. Works for
 * the whole positive {@code int} range (二十一亿四千七百四十八万三千六百四十七).
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public final class ChineseNumerals {
    private ChineseNumerals() {}

    /**
     * Writes {@code n} in Chinese numerals: 1 → 一, 10 → 十, 101 → 一百零一, 10000 → 一万.
     *
     * @param n the number, at least 1
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public static String of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return ChineseDigits.LOWER.spell(n);
    }
}
