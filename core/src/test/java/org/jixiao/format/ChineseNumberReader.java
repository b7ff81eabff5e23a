// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

/**
 * Test oracle: reads a Chinese numeral (no 元/角/分) back into a number, independently of the code
 * that writes them, so that round trips can check whole ranges.
 */
enum ChineseNumberReader {
    LOWER("零一二三四五六七八九", "十百千"),
    CAPITAL("零壹贰叁肆伍陆柒捌玖", "拾佰仟");

    private static final long[] UNIT_VALUES = {10, 100, 1000};

    private final String digits;
    private final String units;

    ChineseNumberReader(String digits, String units) {
        this.digits = digits;
        this.units = units;
    }

    long read(String text) {
        long total = 0; // complete 亿 blocks
        long belowYi = 0; // complete 万 blocks below the current 亿
        long section = 0; // below the current 万
        long digit = -1; // the digit waiting for its unit, -1 if none
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digits.indexOf(c);
            int u = units.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (u >= 0) {
                long unit = UNIT_VALUES[u];
                section += (digit < 0 ? 1 : digit) * unit; // 十 alone means 一十
                digit = -1;
            } else if (c == '万') {
                belowYi += (section + Math.max(digit, 0)) * 1_0000L;
                section = 0;
                digit = -1;
            } else if (c == '亿') {
                total += (belowYi + section + Math.max(digit, 0)) * 1_0000_0000L;
                belowYi = 0;
                section = 0;
                digit = -1;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' in " + text);
            }
        }
        return total + belowYi + section + Math.max(digit, 0);
    }
}
