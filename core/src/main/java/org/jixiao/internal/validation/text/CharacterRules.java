// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jixiao.internal.validation.Characters;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Errors for text that cannot go into a Word file, checked code point by code point (never by
 * {@code char}, which would miss lone surrogates):
 *
 * <ul>
 *   <li>{@code text.illegal-character}: a code point XML 1.0 cannot hold, or a lone surrogate;
 *   <li>{@code text.bidi-control}: a bidirectional control;
 *   <li>{@code text.too-long}: more than {@value #MAX_LENGTH} code points in one string.
 * </ul>
 *
 * One finding per string and rule, at the first offending character, with the count.
 */
final class CharacterRules {
    /** The most code points one string may have: about 15 pages of 三号 text. */
    static final int MAX_LENGTH = 10_000;

    /**
     * The chars that may be or be part of an offending code point, as {@link Triggers} ranges: the
     * {@link Characters#xmlIllegal} and {@link Characters#bidiControl} chars, surrogates included (a
     * valid pair triggers the code point scan, which then decides). A string of at most
     * {@value #MAX_LENGTH} chars with none of them has no finding.
     */
    static final String TRIGGERS = "\u0000\u0008\u000B\u000C\u000E\u001F\u061C\u061C\u200E\u200F\u202A\u202E"
            + "\u2066\u2069\uD800\uDFFF\uFFFE\uFFFF";

    private CharacterRules() {}

    static void check(TextSite site, List<Finding> findings) {
        first(site, Characters::xmlIllegal, "text.illegal-character", findings);
        first(site, Characters::bidiControl, "text.bidi-control", findings);
        int length = site.text().codePointCount(0, site.text().length());
        if (length > MAX_LENGTH) {
            findings.add(Finding.ofRule(
                    Severity.ERROR,
                    "text.too-long",
                    site.path(),
                    DisplayText.abbreviate(site.text()),
                    null,
                    Map.of("length", length, "max", MAX_LENGTH)));
        }
    }

    private static void first(TextSite site, IntPredicate offending, String code, List<Finding> findings) {
        String text = site.text();
        int position = 0;
        int first = -1;
        int firstCodePoint = 0;
        int count = 0;
        for (int i = 0; i < text.length(); position++) {
            int cp = text.codePointAt(i);
            if (offending.test(cp)) {
                if (first < 0) {
                    first = position;
                    firstCodePoint = cp;
                }
                count++;
            }
            i += Character.charCount(cp);
        }
        if (count > 0) {
            findings.add(Finding.ofRule(
                    Severity.ERROR,
                    code,
                    site.path(),
                    DisplayText.window(text, first),
                    null,
                    Map.of("position", first + 1, "codePoint", DisplayText.codePoint(firstCodePoint), "count", count)));
        }
    }
}
