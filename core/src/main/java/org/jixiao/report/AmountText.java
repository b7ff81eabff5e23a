// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as a finance clerk types it: digits, optionally grouped by three with one kind of
 * separator (comma, space, no-break or thin space, full-width comma or space), optionally a decimal point;
 * full-width digits and punctuation are read as their ASCII counterparts and surrounding whitespace is
 * ignored. Anything else is refused, never guessed: {@code 1.234,00} could be either convention. Stateless.
 */
final class AmountText {
    /** The separators a clerk uses between groups of three digits. */
    private static final String GROUP_SEPARATORS = ", \u00A0\u2007\u2009\u202F\u3000";

    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED =
            Pattern.compile("\\d{1,3}(?<sep>[" + GROUP_SEPARATORS + "])\\d{3}(?:\\k<sep>\\d{3})*(?:\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(?:\\.\\d{3})*,\\d+");

    private AmountText() {}

    /**
     * The amount the text stands for, at the scale typed ({@code 1,234.00} has two decimals).
     *
     * @throws IllegalArgumentException when the text is not such an amount; the message says, in Chinese
     *     and English, what was given, why it was refused and how to write it
     */
    static BigDecimal parse(String typed) {
        if (typed == null) {
            throw refused(null, "没有给出金额", "no amount was given");
        }
        String text = stripSpaces(toAscii(typed));
        if (PLAIN.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        Matcher grouped = GROUPED.matcher(text);
        if (grouped.matches()) {
            return new BigDecimal(text.replace(grouped.group("sep"), ""));
        }
        throw refusal(typed, text);
    }

    /** Without the whitespace around it, no-break spaces included (which {@link String#strip()} keeps). */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Full-width digits, point, comma and minus as ASCII; other characters as they are. */
    private static String toAscii(String typed) {
        StringBuilder ascii = new StringBuilder(typed.length());
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                ascii.append('.');
            } else if (c == '，') {
                ascii.append(',');
            } else if (c == '－' || c == '\u2212') {
                ascii.append('-');
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static IllegalArgumentException refusal(String typed, String text) {
        if (text.isEmpty()) {
            return refused(typed, "没有数字", "it has no digits");
        }
        if (text.startsWith("-")) {
            return refused(typed, "金额不能为负数", "an amount cannot be negative");
        }
        for (char c : text.toCharArray()) {
            if ("元万¥￥".indexOf(c) >= 0) {
                return refused(
                        typed,
                        "含有“" + c + "”：单位由方法给出（tenThousandYuan 为万元，yuan 为元），不写在金额里",
                        "it contains \"" + c + "\": the unit is given by the method (tenThousandYuan for 万元, yuan"
                                + " for 元), not in the amount");
            }
            if (!Character.isDigit(c) && c != '.' && GROUP_SEPARATORS.indexOf(c) < 0) {
                return refused(
                        typed,
                        "含有不属于数字的字符“" + c + "”",
                        "it contains \"" + c + "\" (U+" + String.format(Locale.ROOT, "%04X", (int) c)
                                + "), which is not part of a number");
            }
        }
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return refused(
                    typed, "小数点须写作“.”，逗号只用作千位分隔", "the decimals follow a \".\"; a comma only separates thousands");
        }
        return refused(
                typed,
                "分隔符的位置不对：千位分隔须每三位一组，全数只用一种分隔符，小数点只有一个",
                "the separators are misplaced: thousands are grouped by three digits with one kind of separator,"
                        + " and there is one decimal point at most");
    }

    private static IllegalArgumentException refused(String typed, String whyZh, String whyEn) {
        String shown = typed == null ? "null" : "“" + typed + "”";
        String shownEn = typed == null ? "null" : "\"" + typed + "\"";
        return new IllegalArgumentException("金额" + shown + "无法识别：" + whyZh
                + "。请写成 1234.56、1,234.56 或 1 234.56（可用全角数字）。"
                + " / Cannot read the amount " + shownEn + ": " + whyEn
                + ". Write it as 1234.56, 1,234.56 or 1 234.56 (full-width digits are fine).");
    }
}
