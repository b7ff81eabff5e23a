// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.jixiao.internal.validation.text.ChineseText.at;
import static org.jixiao.internal.validation.text.ChineseText.before;
import static org.jixiao.internal.validation.text.ChineseText.isChinese;
import static org.jixiao.internal.validation.text.ChineseText.isFullWidthPunctuation;
import static org.jixiao.internal.validation.text.ChineseText.isLineBreak;
import static org.jixiao.internal.validation.text.ChineseText.isSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * Warning {@code text.stray-space}: spaces (U+0020, the ideographic space U+3000, the no-break space
 * U+00A0; not tabs, which may align) that print as gaps Chinese text does not have:
 *
 * <ul>
 *   <li>at the start or end of the string or of a line in it (the template indents paragraphs itself:
 *       typed indentation doubles it);
 *   <li>between two Chinese characters ({@link ChineseText#isChinese}): {@code 聚焦“双百工程 ”};
 *   <li>next to full-width punctuation, which carries its own spacing: {@code 完成。 下一步}; also next to
 *       a quote, ellipsis or dash whose other side is Chinese, which is then Chinese punctuation:
 *       {@code 配发“双摇护理床” 77张}.
 * </ul>
 *
 * Spaces between Chinese and digits or Latin ({@code 共 63 人}, {@code 使用 Excel}) are a matter of
 * style and stay, and so does a string of nothing but white space (it is missing, and reported as
 * such). One finding per string, at the first run, with the number of runs; the fix deletes them.
 */
final class StraySpaces {
    static final String CODE = "text.stray-space";

    /** The spaces of this rule, as {@link Triggers} ranges. */
    static final String TRIGGERS = "  \u00A0\u00A0\u3000\u3000";

    private StraySpaces() {}

    /** One deletion per run of stray spaces; runs {@code claims} covers any of are left alone. */
    static List<Edit> edits(String text, Claims claims) {
        if (text.isBlank()) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>(1);
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                continue;
            }
            int end = ChineseText.skipSpaces(text, i);
            if (stray(text, i, end) && !claimed(claims, i, end)) {
                edits.add(new Edit(i, end, ""));
            }
            i = end - 1;
        }
        return edits;
    }

    /** Whether the spaces from {@code start} to {@code end} are stray. */
    private static boolean stray(String text, int start, int end) {
        int before = before(text, start);
        int after = at(text, end);
        return before < 0
                || after < 0
                || isLineBreak(before)
                || isLineBreak(after)
                || isChinese(before) && isChinese(after)
                || isFullWidthPunctuation(before)
                || isFullWidthPunctuation(after)
                || ChineseText.isSharedPunctuation(before)
                        && isChinese(before(text, start - Character.charCount(before)))
                || ChineseText.isSharedPunctuation(after) && isChinese(at(text, end + Character.charCount(after)));
    }

    private static boolean claimed(Claims claims, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claims.covers(i)) {
                return true;
            }
        }
        return false;
    }
}
