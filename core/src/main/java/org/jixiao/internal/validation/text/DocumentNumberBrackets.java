// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.document-number-brackets}: a document number in free text whose year is in
 * 【】 [] ［］ () （） ﹝﹞ 〖〗 instead of the 六角括号 〔〕 of GB/T 9704, e.g. {@code 粤民办函【2021】37号}.
 * One finding per number: the value is the number as written (with up to eight CJK characters before
 * the bracket taken as the 机关代字), the suggestion the same with 〔〕 and no spaces,
 * {@code 粤民办函〔2021〕37号}, which is also what the fix puts in its place.
 *
 * <p>A number is, with white space ({@code [ \t\n\x0B\f\r\u3000]}) allowed between the parts: 1–8 Han
 * characters (the 机关代字, as many as stand before the bracket, at most eight), an opening bracket, a
 * year 19xx or 20xx, a closing bracket, a number of 1–5 ASCII digits, {@code 号}. Numbers are found left
 * to right and do not overlap. This is the regular expression
 * {@code (\p{IsHan}{1,8})\s*[【\[［(（﹝〖]\s*((?:19|20)\d{2})\s*[】\]］)）﹞〗]\s*(\d{1,5})\s*号} with
 * {@code Matcher.find}, matched by a linear scan that starts only at opening brackets: the pattern
 * backtracked over every Han character of every paragraph that has a 号.
 */
final class DocumentNumberBrackets {
    static final String CODE = "text.document-number-brackets";

    /** 号, which every document number ends with, as a {@link Triggers} range. */
    static final String TRIGGERS = "号号";

    private static final String OPEN = "【[［(（﹝〖";
    private static final String CLOSE = "】]］)）﹞〗";
    private static final int MAX_AGENCY = 8;
    private static final int MAX_NUMBER_DIGITS = 5;

    private DocumentNumberBrackets() {}

    /** One finding per number the {@link #edits} correct. */
    static void check(TextSite site, List<Edit> edits, List<Finding> findings) {
        for (Edit edit : edits) {
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    CODE,
                    site.path(),
                    DisplayText.abbreviate(site.text().substring(edit.start(), edit.end())),
                    edit.replacement(),
                    Map.of()));
        }
    }

    /** The document numbers in wrong brackets, each replaced by the number with 〔〕 and no spaces. */
    static List<Edit> edits(String text) {
        List<Edit> edits = new ArrayList<>(1);
        int from = 0; // where the next number may begin: after the previous one
        for (int open = 0; open < text.length(); open++) {
            if (OPEN.indexOf(text.charAt(open)) < 0) {
                continue;
            }
            int agencyEnd = skipSpacesBackward(text, open, from);
            int start = agencyStart(text, agencyEnd, from);
            if (start == agencyEnd) {
                continue;
            }
            int yearStart = skipSpaces(text, open + 1);
            if (!isYear(text, yearStart)) {
                continue;
            }
            int close = skipSpaces(text, yearStart + 4);
            if (close >= text.length() || CLOSE.indexOf(text.charAt(close)) < 0) {
                continue;
            }
            int numberStart = skipSpaces(text, close + 1);
            int numberEnd = skipDigits(text, numberStart);
            int hao = skipSpaces(text, numberEnd);
            if (numberEnd == numberStart
                    || numberEnd - numberStart > MAX_NUMBER_DIGITS
                    || hao >= text.length()
                    || text.charAt(hao) != '号') {
                continue;
            }
            edits.add(new Edit(
                    start,
                    hao + 1,
                    text.substring(start, agencyEnd)
                            + "〔" + text.substring(yearStart, yearStart + 4) + "〕"
                            + text.substring(numberStart, numberEnd) + "号"));
            from = hao + 1;
            open = hao;
        }
        return edits;
    }

    /**
     * The start of the 机关代字 that ends at {@code end}: up to {@value #MAX_AGENCY} Han code points
     * back, not before {@code from}; {@code end} itself when none is there.
     */
    private static int agencyStart(String text, int end, int from) {
        int start = end;
        for (int count = 0; count < MAX_AGENCY && start > from; count++) {
            int cp = text.codePointBefore(start);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start;
    }

    /** Whether {@code 19dd} or {@code 20dd} (ASCII digits) begins at {@code i}. */
    private static boolean isYear(String text, int i) {
        return i + 4 <= text.length()
                && (text.startsWith("19", i) || text.startsWith("20", i))
                && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesBackward(String text, int i, int from) {
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [\s\u3000]} of a regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000';
    }
}
