// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.jixiao.internal.validation.text.ChineseText.at;
import static org.jixiao.internal.validation.text.ChineseText.before;
import static org.jixiao.internal.validation.text.ChineseText.isChinese;
import static org.jixiao.internal.validation.text.ChineseText.isLatin;
import static org.jixiao.internal.validation.text.ChineseText.isLineBreak;
import static org.jixiao.internal.validation.text.ChineseText.isNumeric;
import static org.jixiao.internal.validation.text.ChineseText.skipSpaces;
import static org.jixiao.internal.validation.text.ChineseText.skipSpacesBackward;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.half-width-punctuation}: half-width {@code , ; : ? ! ( )} in Chinese text, as in
 * {@code 结合我局实际情况,以“保运转,保民生”为前提}, {@code 在职63人,2021年}, {@code 达95%,优等},
 * {@code 目标: 一是}, {@code (以下简称“通知”)}. One finding per string, at the first one, with the
 * count; the fix puts ，；：？！（） in their place and drops the spaces around them (full-width
 * punctuation carries its own spacing).
 *
 * <p>Which ones (the neighbours are the nearest characters other than spaces, see
 * {@link ChineseText#isSpace}; "Chinese" is {@link ChineseText#isChinese}):
 *
 * <ul>
 *   <li>{@code , ; : ? !} with Chinese before it and, after it, Chinese, a digit or {@code %}, a Latin
 *       letter, a line break or the end of the string; or with Chinese after it and a digit, {@code %} or
 *       a Latin letter before it. So never between two digits ({@code 1,000}, {@code 3:2},
 *       {@code 10:30}) nor two Latin letters ({@code OK, fine}), nor next to other ASCII punctuation;
 *   <li>{@code (} and {@code )} that pair up (innermost first) and hold a Chinese character or have
 *       Chinese right outside either of them ({@code 乡镇(街道)}, {@code (1)贯彻}); one without a
 *       partner when Chinese is next to it ({@code （含…机构)}). So {@code f(x)} and
 *       {@code GB/T 9704(2012)} stay.
 * </ul>
 *
 * Brackets another rule claims (a document number's, see {@link DocumentNumberBrackets}) are left to it.
 */
final class HalfWidthPunctuation {
    static final String CODE = "text.half-width-punctuation";

    /** The half-width punctuation this rule replaces, as {@link Triggers} ranges. */
    static final String TRIGGERS = ",,;;::??!!(())";

    /** Brackets further apart than this are not taken for a pair: a stray one would pair across pages. */
    private static final int MAX_PAIR_LENGTH = 200;

    private HalfWidthPunctuation() {}

    /** The finding of a string from its {@link #edits}, if there are any. */
    static void check(TextSite site, List<Edit> edits, List<Finding> findings) {
        Excerpt excerpt = Excerpt.of(site.text(), edits);
        findings.add(Finding.ofRule(
                Severity.WARNING,
                CODE,
                site.path(),
                excerpt.before(),
                excerpt.after(),
                Map.of("count", edits.size(), "position", excerpt.position())));
    }

    /** One edit per punctuation mark to replace, spaces around it included; none where {@code claims} covers. */
    static List<Edit> edits(String text, Claims claims) {
        int[] partners = partners(text, claims);
        List<Edit> edits = new ArrayList<>(2);
        int done = 0; // the end of the last edit: spaces before a mark are not taken twice
        for (int i = 0; i < text.length(); i++) {
            char fullWidth = fullWidth(text.charAt(i));
            if (fullWidth == 0 || claims.covers(i)) {
                continue;
            }
            int start = skipSpacesBackward(text, i, done);
            int end = skipSpaces(text, i + 1);
            boolean chinese = text.charAt(i) == '(' || text.charAt(i) == ')'
                    ? bracketInChinese(text, i, partners[i], done)
                    : separatorInChinese(before(text, skipSpacesBackward(text, i, 0)), at(text, end));
            if (chinese) {
                edits.add(new Edit(start, end, String.valueOf(fullWidth)));
                done = end;
                i = end - 1;
            }
        }
        return edits;
    }

    private static boolean separatorInChinese(int before, int after) {
        if (isChinese(before)) {
            return isChinese(after) || isNumeric(after) || isLatin(after) || isLineBreak(after) || after < 0;
        }
        return isChinese(after) && (isNumeric(before) || isLatin(before));
    }

    /**
     * Whether a bracket is in Chinese text: for a pair, Chinese inside or right outside it; for one
     * without a partner, Chinese next to it.
     */
    private static boolean bracketInChinese(String text, int i, int partner, int done) {
        if (partner < 0) {
            return isChinese(before(text, skipSpacesBackward(text, i, done)))
                    || isChinese(at(text, skipSpaces(text, i + 1)));
        }
        int open = Math.min(i, partner);
        int close = Math.max(i, partner);
        for (int j = open + 1; j < close; j++) {
            if (isChinese(text.codePointAt(j))) {
                return true;
            }
        }
        return isChinese(before(text, skipSpacesBackward(text, open, 0)))
                || isChinese(at(text, skipSpaces(text, close + 1)));
    }

    /**
     * For each half-width bracket, the index of the one it pairs with, innermost first; -1 for any other
     * char, a claimed bracket and one without a partner within {@value #MAX_PAIR_LENGTH} chars.
     */
    private static int[] partners(String text, Claims claims) {
        int[] partners = new int[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            partners[i] = -1;
            char c = text.charAt(i);
            if (c != '(' && c != ')' || claims.covers(i)) {
                continue;
            }
            if (c == '(') {
                open.push(i);
            } else if (!open.isEmpty() && i - open.peek() <= MAX_PAIR_LENGTH) {
                int partner = open.pop();
                partners[i] = partner;
                partners[partner] = i;
            } else {
                open.clear(); // a closing bracket without its opening one: no pair spans it
            }
        }
        return partners;
    }

    /** The full-width form of a half-width {@code , ; : ? ! ( )}; 0 for any other char. */
    static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            case '(' -> '（';
            case ')' -> '）';
            default -> 0;
        };
    }
}
