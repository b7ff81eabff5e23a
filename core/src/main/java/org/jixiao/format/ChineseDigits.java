// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

/**
 * Spells a positive whole number in Chinese with 万 and 亿 grouping, in one of two glyph sets.
 *
 * <p>A run of zeros between non-zero digits is written as one 零, and trailing zeros are not
 * written. The glyph sets differ where a 万 or 亿 group ends in zeros: {@link #LOWER} follows the
 * school reading rule (those zeros are silent: 1004800 → 一百万四千八百), {@link #CAPITAL} the banking
 * form (every inner run of zeros is a 零: 壹佰万零肆仟捌佰). Supports 1 to 10<sup>16</sup> − 1
 * (九千九百九十九万亿…); larger values would need 亿亿 and are the caller's to reject.
 */
enum ChineseDigits {
    /** 小写: 一二三…十百千, with 十 rather than 一十 at the start of a number (十一, 十万). */
    LOWER("零一二三四五六七八九", "千百十", /* bareLeadingTen= */ true, /* zeroAfterGroup= */ false),
    /** 大写 as on bank documents: 壹贰叁…拾佰仟, always 壹拾, never a bare 拾. */
    CAPITAL("零壹贰叁肆伍陆柒捌玖", "仟佰拾", /* bareLeadingTen= */ false, /* zeroAfterGroup= */ true);

    private static final long WAN = 1_0000L;
    private static final long YI = 1_0000_0000L;

    private final String digits;
    private final String units;
    private final boolean bareLeadingTen;
    private final boolean zeroAfterGroup;

    ChineseDigits(String digits, String units, boolean bareLeadingTen, boolean zeroAfterGroup) {
        this.digits = digits;
        this.units = units;
        this.bareLeadingTen = bareLeadingTen;
        this.zeroAfterGroup = zeroAfterGroup;
    }

    /** Spells {@code n}, which must be between 1 and 10<sup>16</sup> − 1 (checked by callers). */
    String spell(long n) {
        return spell(n, /* leading= */ true);
    }

    private String spell(long n, boolean leading) {
        if (n >= YI) {
            return split(n, YI, '亿', leading);
        }
        if (n >= WAN) {
            return split(n, WAN, '万', leading);
        }
        return section((int) n, leading);
    }

    private String split(long n, long unit, char unitName, boolean leading) {
        long high = n / unit;
        long low = n % unit;
        StringBuilder sb = new StringBuilder(spell(high, leading)).append(unitName);
        if (low > 0) {
            boolean lowStartsWithZero = low < unit / 10;
            boolean highEndsWithZero = high % 10 == 0;
            if (lowStartsWithZero || zeroAfterGroup && highEndsWithZero) {
                sb.append(digits.charAt(0));
            }
            sb.append(spell(low, /* leading= */ false));
        }
        return sb.toString();
    }

    /** Spells 1–9999: thousands, hundreds, tens, ones. */
    private String section(int n, boolean leading) {
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        int power = 1000;
        for (int position = 0; position < 4; position++, power /= 10) {
            int digit = n / power % 10;
            if (digit == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append(digits.charAt(0));
                pendingZero = false;
            }
            boolean bareTen = bareLeadingTen && leading && sb.length() == 0 && position == 2 && digit == 1;
            if (!bareTen) {
                sb.append(digits.charAt(digit));
            }
            if (position < 3) {
                sb.append(units.charAt(position));
            }
        }
        return sb.toString();
    }
}
