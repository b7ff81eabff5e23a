// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.half-width-punctuation}: a half-width {@code , ; : ? !} between two Chinese
 * characters (a Han character or full-width Chinese punctuation on each side), as in
 * {@code 结合我局实际情况,以“保运转,保民生”为前提}. One finding per string, at the first one, with the count;
 * the suggestion is the whole string with ，；：？！ in their place.
 *
 * <p>"Between" as the look-around pattern {@code (?<=C)[,;:?!](?=C)} this rule used to be: the
 * character after is a whole code point, the one before is the {@code char} before (so a supplementary
 * Han character, a surrogate pair, does not count before the punctuation — kept as it was).
 */
final class HalfWidthPunctuation {
    static final String CODE = "text.half-width-punctuation";

    /** The half-width punctuation this rule replaces ({@link #fullWidth}), as {@link Triggers} ranges. */
    static final String TRIGGERS = ",,;;::??!!";

    private static final String CHINESE_PUNCTUATION = "“”‘’《》（）【】〔〕「」『』、。，；：？！…—";

    private HalfWidthPunctuation() {}

    static void check(TextSite site, List<Finding> findings) {
        String text = site.text();
        StringBuilder corrected = null;
        int count = 0;
        int first = -1;
        for (int i = 1; i < text.length() - 1; i++) {
            char fullWidth = fullWidth(text.charAt(i));
            if (fullWidth == 0 || !isChinese(text.charAt(i - 1)) || !isChinese(text.codePointAt(i + 1))) {
                continue;
            }
            if (corrected == null) {
                corrected = new StringBuilder(text);
                first = text.codePointCount(0, i);
            }
            corrected.setCharAt(i, fullWidth);
            count++;
        }
        if (count == 0) {
            return;
        }
        findings.add(Finding.ofRule(
                Severity.WARNING,
                CODE,
                site.path(),
                DisplayText.window(text, first),
                corrected.toString(),
                Map.of("count", count, "position", first + 1)));
    }

    /** The full-width form of a half-width {@code , ; : ? !}; 0 for any other char. */
    static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            default -> 0;
        };
    }

    /** A Han character or full-width Chinese punctuation. */
    private static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || CHINESE_PUNCTUATION.indexOf(cp) >= 0;
    }
}
