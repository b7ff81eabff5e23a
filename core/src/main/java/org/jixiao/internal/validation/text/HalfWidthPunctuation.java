// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.jixiao.internal.validation.text.ChineseText.isChinese;
import static org.jixiao.internal.validation.text.ChineseText.isLatin;
import static org.jixiao.internal.validation.text.ChineseText.isLineBreak;
import static org.jixiao.internal.validation.text.ChineseText.isNumeric;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Warning {@code text.half-width-punctuation}: half-width {@code , ; : ? ! ( )} in Chinese text, as in
 * {@code 结合我局实际情况,以“保运转,保民生”为前提}, {@code 在职63人,2021年}, {@code 达95%,优等},
 * {@code 目标: 一是}, {@code (以下简称“通知”)}. One finding per string, at the first one, with the
 * count; the fix puts ，；：？！（） in their place and drops the spaces around them (full-width
 * punctuation carries its own spacing).
 *
 * <p>Which ones (the neighbours are the nearest characters other than spaces, see
 * {@link ChineseText#isSpace}, and other half-width marks — marks next to each other go together, and
 * one that is converted counts as the full-width mark it becomes; "Chinese" is
 * {@link ChineseText#isChinese}):
 *
 * <ul>
 *   <li>{@code , ; : ? !} with Chinese before it and, after it, Chinese, a digit or {@code %}, a Latin
 *       letter, a line break or the end of the string; or with Chinese after it and a digit, {@code %} or
 *       a Latin letter before it. So never between two digits ({@code 1,000}, {@code 3:2},
 *       {@code 10:30}) nor two Latin letters ({@code OK, fine});
 *   <li>{@code (} and {@code )} that pair up (innermost first) and hold a Chinese character or have
 *       Chinese right outside either of them ({@code 乡镇(街道)}, {@code (1)贯彻}); one without a
 *       partner when Chinese is next to it ({@code （含…机构)}). So {@code f(x)} and
 *       {@code GB/T 9704(2012)} stay. Brackets are decided first, in order, then the others.
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

    /**
     * How many times at most the brackets are swept, alternately forwards and backwards: a bracket
     * converted makes its neighbours Chinese text. Real text needs one or two.
     */
    private static final int MAX_SWEEPS = 4;

    /** How far a neighbour is looked for through spaces and marks. */
    private static final int MAX_LOOK = 32;

    private HalfWidthPunctuation() {}

    /** One edit per punctuation mark to replace, spaces around it included; none where {@code claims} covers. */
    static List<Edit> edits(String text, Claims claims) {
        boolean[] converted = new boolean[text.length()];
        int[] partners = partners(text, claims);
        // brackets first: a separator next to a converted bracket is in Chinese text; a bracket next to
        // a converted one too, so sweep both ways until none changes
        boolean changed = true;
        for (int sweep = 0; changed && sweep < MAX_SWEEPS; sweep++) {
            changed = false;
            for (int k = 0; k < text.length(); k++) {
                int i = sweep % 2 == 0 ? k : text.length() - 1 - k;
                char c = text.charAt(i);
                if ((c == '(' || c == ')')
                        && !converted[i]
                        && !claims.covers(i)
                        && bracketInChinese(text, i, partners[i], converted, claims)) {
                    converted[i] = true;
                    if (partners[i] >= 0) {
                        converted[partners[i]] = true;
                    }
                    changed = true;
                }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (fullWidth(c) != 0 && c != '(' && c != ')' && !claims.covers(i)) {
                converted[i] = separatorInChinese(
                        neighbourBefore(text, i, converted, claims), neighbourAfter(text, i + 1, converted, claims));
            }
        }
        List<Edit> edits = new ArrayList<>(2);
        int done = 0; // the end of the last edit: spaces between two marks go with the first
        for (int i = 0; i < text.length(); i++) {
            if (!converted[i]) {
                continue;
            }
            int start = i; // the spaces around the mark go with it, unless another rule edits them
            while (start > done && ChineseText.isSpace(text.charAt(start - 1)) && !claims.covers(start - 1)) {
                start--;
            }
            int end = i + 1;
            while (end < text.length() && ChineseText.isSpace(text.charAt(end)) && !claims.covers(end)) {
                end++;
            }
            edits.add(new Edit(start, end, String.valueOf(fullWidth(text.charAt(i)))));
            done = end;
            i = end - 1;
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
    private static boolean bracketInChinese(String text, int i, int partner, boolean[] converted, Claims claims) {
        if (partner < 0) {
            return isChinese(neighbourBefore(text, i, converted, claims))
                    || isChinese(neighbourAfter(text, i + 1, converted, claims));
        }
        int open = Math.min(i, partner);
        int close = Math.max(i, partner);
        for (int j = open + 1; j < close; j++) {
            if (isChinese(text.codePointAt(j))) {
                return true;
            }
        }
        return isChinese(neighbourBefore(text, open, converted, claims))
                || isChinese(neighbourAfter(text, close + 1, converted, claims));
    }

    /**
     * The character before {@code i} that decides: spaces and half-width marks not (yet) converted are
     * looked through, a converted one is its full-width form; -1 at the start, and after
     * {@value #MAX_LOOK} chars of nothing else (a long run of marks is no text, and must not cost
     * quadratic time).
     */
    private static int neighbourBefore(String text, int i, boolean[] converted, Claims claims) {
        for (int j = i - 1; j >= Math.max(0, i - MAX_LOOK); j--) {
            char c = text.charAt(j);
            if (converted[j]) {
                return fullWidth(c);
            }
            if (!ChineseText.isSpace(c) && (fullWidth(c) == 0 || claims.covers(j))) {
                return text.codePointBefore(j + 1);
            }
        }
        return -1;
    }

    /** The character from {@code i} on that decides, as {@link #neighbourBefore}; -1 at the end. */
    private static int neighbourAfter(String text, int i, boolean[] converted, Claims claims) {
        for (int j = i; j < Math.min(text.length(), i + MAX_LOOK); j++) {
            char c = text.charAt(j);
            if (converted[j]) {
                return fullWidth(c);
            }
            if (!ChineseText.isSpace(c) && (fullWidth(c) == 0 || claims.covers(j))) {
                return text.codePointAt(j);
            }
        }
        return -1;
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
