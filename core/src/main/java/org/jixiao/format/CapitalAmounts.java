// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 大写金额: an amount in 元 written in capital numerals, as 中国人民银行《支付结算办法》(附件《正确填写票据和
 * 结算凭证的基本规定》) prescribes for bank documents.
 *
 * <p>The rules applied, with the choices where the rules allow two forms:
 *
 * <ul>
 *   <li>the amount is first rounded HALF_UP to 分 (0.01 元);
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿元角分; 10 is 壹拾, never a bare 拾 (banks
 *       require the 壹 so nothing can be written in front);
 *   <li>an amount that ends at 元 gets 整 (1228600 → 壹佰贰拾贰万捌仟陆佰元整, 0 → 零元整); one that ends
 *       at 角 does not (100.10 → 壹佰元壹角); nor does one with 分;
 *   <li>a run of zeros between non-zero digits of the 元 part is one 零, also where 万位 or 亿位 is 0
 *       (1001 → 壹仟零壹元整, 1004800 → 壹佰万零肆仟捌佰元整, 10001000 → 壹仟万零壹仟元整, 107000.53 →
 *       壹拾万零柒仟元伍角叁分); zeros at the end are not written (10010000 → 壹仟零壹万元整);
 *   <li>where 元位 is 0 and 角 is not, no 零 is written after 元 (1680.32 → 壹仟陆佰捌拾元叁角贰分);
 *   <li>where 角 is 0 and 分 is not, 零 follows 元 (1.05 → 壹元零伍分);
 *   <li>below one 元 there is no 零元 (0.50 → 伍角, 0.05 → 伍分);
 *   <li>a negative amount is prefixed 负 (−12 → 负壹拾贰元整).
 * </ul>
 *
 * <p>The result does not include the 人民币 prefix, which the form prints in front of it.
 *
 * <p>Stateless and thread-safe. A null argument throws {@link NullPointerException} naming the
 * parameter.
 *
 * @since 0.1.0
 */
public final class CapitalAmounts {
    /** The largest amount accepted, in 元: 9999 9999 9999 9999.99 (just under 一亿亿). */
    public static final BigDecimal MAX_YUAN = new BigDecimal("9999999999999999.99");

    /** The smallest magnitude that rounds above {@link #MAX_YUAN}. */
    private static final BigDecimal FIRST_TOO_LARGE = new BigDecimal("9999999999999999.995");

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private CapitalAmounts() {}

    /**
     * Writes {@code yuan} (an amount in 元) in capitals: 5166573.74 → 伍佰壹拾陆万陆仟伍佰柒拾叁元柒角肆分.
     *
     * @throws IllegalArgumentException if the rounded amount exceeds {@link #MAX_YUAN} in magnitude
     */
    public static String ofYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        // checked before rounding, so that 1E+999999999 is not expanded to a billion digits first
        if (yuan.abs().compareTo(FIRST_TOO_LARGE) >= 0) {
            throw new IllegalArgumentException(
                    "amount out of range (at most " + MAX_YUAN.toPlainString() + " 元): " + yuan);
        }
        BigDecimal fen = yuan.setScale(2, RoundingMode.HALF_UP);
        if (fen.signum() == 0) {
            return "零元整";
        }
        long cents = fen.abs().movePointRight(2).longValueExact();
        long whole = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fenDigit = (int) (cents % 10);

        StringBuilder sb = new StringBuilder(fen.signum() < 0 ? "负" : "");
        if (whole > 0) {
            sb.append(ChineseDigits.CAPITAL.spell(whole)).append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (whole > 0) {
            sb.append('零');
        }
        if (fenDigit > 0) {
            sb.append(DIGITS.charAt(fenDigit)).append('分');
        }
        return sb.toString();
    }
}
