// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Numbering typed by hand at the start of a string.
 *
 * <p>Warning {@code text.manual-numbering}, only at a place the template numbers itself
 * ({@link TextSite.Kind#NUMBERED}: an item's title, a goal's title, an improvement's measure, a key
 * project's name): the typed number would print next to the generated one ("1.1、1、11贯彻执行…"), so it
 * is left out of the document ({@link #strip}) and the warning says so. The fix removes it.
 *
 * <p>Warning {@code text.repeated-numbering}, at any other printed string: the same number typed twice
 * or more in a row ({@code 1、1、1、}), debris of Word's list numbering. A single number there is the
 * author's own and prints as typed: no warning. Not fixed: which number was meant is not certain.
 *
 * <p>Tokens: {@code 1、} {@code 1.} {@code 1．} {@code 1）} {@code （1）} {@code (1)} {@code 一、}
 * {@code （一）} {@code ①}–{@code ⑳} {@code ⑴} {@code ⒈} {@code ❶} {@code A.} {@code A、}, in half- or
 * full-width digits, repeated ({@code 1、1、1、}). Not tokens: a decimal ({@code 1.5万元}), a year
 * ({@code 2022年}), {@code 一是}. Digits glued to the text after a token ({@code 1、11贯彻}) are debris of
 * Word's list numbering and removed too, unless a measure word or unit follows them ({@code 1、20个村}).
 */
final class ManualNumbering {
    static final String CODE = "text.manual-numbering";
    static final String REPEATED_CODE = "text.repeated-numbering";

    private static final String DIGITS = "[0-9０-９]{1,2}";
    private static final String HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
    static final Pattern TOKEN = Pattern.compile("^(?:"
            + DIGITS + "(?:、|[.．](?![0-9０-９]))"
            + "|" + DIGITS + "[)）]"
            + "|[（(](?:" + DIGITS + "|" + HAN_NUMBER + ")[）)][、.．]?"
            + "|" + HAN_NUMBER + "(?:、|[.．](?![0-9０-９]))"
            + "|[\u2460-\u249B\u2776-\u2793][、.．]?"
            + "|[A-ZＡ-Ｚ][、.．](?![0-9A-Za-z])"
            + ")[\s\u3000]*");
    private static final Pattern GLUED_DIGITS = Pattern.compile("^[0-9]{1,3}(?=\\p{IsHan})");
    /** Measure words and units that may follow a number at the start of a sentence. */
    private static final String MEASURE_WORDS = "个人名位年月日号时分秒天周期届次项件具户家座所张台辆条处套批支岁种类倍份例级部栋间床吨斤米亩公千万亿元角余多";

    private ManualNumbering() {}

    /**
     * The edit that removes the numbering at the start of the text (with the white space before and
     * after it), if the text has any.
     *
     * @param cleaned {@link #cleaned} of the text
     */
    static List<Edit> edit(String text, Optional<String> cleaned) {
        return cleaned.map(rest -> List.of(new Edit(0, text.length() - rest.length(), "")))
                .orElse(List.of());
    }

    /** The text without the numbering at its start; the text itself when it has none. */
    static String strip(String text) {
        return cleaned(text).orElse(text);
    }

    /** The {@code text.manual-numbering} finding of a numbered place, from its {@link #edit}. */
    static void check(TextSite site, List<Edit> edit, List<Finding> findings) {
        findings.add(Finding.ofRule(
                Severity.WARNING,
                CODE,
                site.path(),
                DisplayText.abbreviate(site.text()),
                DisplayText.abbreviate(Edit.apply(site.text(), edit)),
                Map.of()));
    }

    /** The {@code text.repeated-numbering} finding of a place the template does not number, if it has one. */
    static void checkRepeated(TextSite site, List<Finding> findings) {
        String text = site.text().stripLeading();
        if (text.isEmpty() || !mayStartToken(text.charAt(0))) {
            return;
        }
        Matcher m = TOKEN.matcher(text);
        if (!m.lookingAt()) {
            return;
        }
        String first = text.substring(0, m.end()).strip();
        String rest = text.substring(m.end());
        if (m.reset(rest).lookingAt() && rest.substring(0, m.end()).strip().equals(first)) {
            findings.add(Finding.ofRule(
                    Severity.WARNING, REPEATED_CODE, site.path(), DisplayText.abbreviate(site.text()), null, Map.of()));
        }
    }

    /** The text without its leading numbering (and the white space before and after it); empty when it has none. */
    static Optional<String> cleaned(String text) {
        String rest = text.stripLeading();
        if (rest.isEmpty() || !mayStartToken(rest.charAt(0))) {
            return Optional.empty(); // most strings: no matcher needed
        }
        boolean numbered = false;
        // one matcher, reset on what is left after each token
        for (Matcher m = TOKEN.matcher(rest); m.lookingAt(); m.reset(rest)) {
            rest = rest.substring(m.end());
            numbered = true;
        }
        if (!numbered) {
            return Optional.empty();
        }
        Matcher glued = GLUED_DIGITS.matcher(rest);
        if (glued.find() && MEASURE_WORDS.indexOf(rest.codePointAt(glued.end())) < 0) {
            rest = rest.substring(glued.end());
        }
        return Optional.of(rest);
    }

    /**
     * Whether a {@link #TOKEN} can begin with the char: a digit, an opening parenthesis, a Chinese
     * numeral, a circled or parenthesised number, a Latin capital (half- or full-width). False means no
     * token; true only that the pattern must decide.
     */
    static boolean mayStartToken(char c) {
        return c >= '0' && c <= '9'
                || c >= '０' && c <= '９'
                || c == '('
                || c == '（'
                || "一二三四五六七八九十".indexOf(c) >= 0
                || c >= '\u2460' && c <= '\u249B'
                || c >= '\u2776' && c <= '\u2793'
                || c >= 'A' && c <= 'Z'
                || c >= 'Ａ' && c <= 'Ｚ';
    }
}
