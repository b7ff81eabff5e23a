// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

/**
 * The classes of characters the punctuation and spacing rules decide by, in one place so that they
 * agree: what counts as Chinese, as full-width punctuation, as a space.
 */
final class ChineseText {
    /** Punctuation that is full-width whatever the font: a space next to it is never wanted. */
    private static final String FULL_WIDTH_PUNCTUATION = "《》（）【】〔〕「」『』〈〉﹝﹞〖〗、。，；：？！";
    /** Punctuation of Chinese text whose width depends on the font: quotes, ellipsis, dash. */
    private static final String SHARED_PUNCTUATION = "“”‘’…—";

    private ChineseText() {}

    /** A Han character (supplementary ones included) or Chinese punctuation; false for -1 (no character). */
    static boolean isChinese(int cp) {
        return cp >= 0
                && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                        || FULL_WIDTH_PUNCTUATION.indexOf(cp) >= 0
                        || SHARED_PUNCTUATION.indexOf(cp) >= 0);
    }

    /** Full-width punctuation, which carries its own spacing. */
    static boolean isFullWidthPunctuation(int cp) {
        return cp >= 0 && FULL_WIDTH_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** A quote, ellipsis or dash of Chinese text, whose width depends on the font. */
    static boolean isSharedPunctuation(int cp) {
        return cp >= 0 && SHARED_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** A digit or a percent sign, half- or full-width: what a number in Chinese text is made of. */
    static boolean isNumeric(int cp) {
        return cp >= '0' && cp <= '9' || cp >= '０' && cp <= '９' || cp == '%' || cp == '％';
    }

    /** A Latin letter, half- or full-width. */
    static boolean isLatin(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= 'ａ' && cp <= 'ｚ' || cp >= 'Ａ' && cp <= 'Ｚ';
    }

    /** A space within a line: U+0020, the ideographic space U+3000 or the no-break space U+00A0 (not a tab). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** A line break. */
    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r';
    }

    /** The index after the spaces that begin at {@code i}. */
    static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the first of the spaces that end at {@code i}, not before {@code from}. */
    static int skipSpacesBackward(String text, int i, int from) {
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The code point before {@code i}, or -1 at the start. */
    static int before(String text, int i) {
        return i > 0 ? text.codePointBefore(i) : -1;
    }

    /** The code point at {@code i}, or -1 at the end. */
    static int at(String text, int i) {
        return i < text.length() ? text.codePointAt(i) : -1;
    }
}
