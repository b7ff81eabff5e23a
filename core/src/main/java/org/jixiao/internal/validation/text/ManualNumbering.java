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
 * Warning {@code text.manual-numbering}: an item title or a paragraph (an element of a list of strings)
 * that begins with numbering typed by hand — the engine numbers items itself, so the number would print
 * twice. The suggestion is the text with every leading numbering token removed.
 *
 * <p>Tokens: {@code 1、} {@code 1.} {@code 1．} {@code 1）} {@code （1）} {@code (1)} {@code 一、}
 * {@code （一）} {@code ①}–{@code ⑳} {@code ⑴} {@code ⒈} {@code ❶} {@code A.} {@code A、}, in half- or
 * full-width digits, repeated ({@code 1、1、1、}). Not tokens: a decimal ({@code 1.5万元}), a year
 * ({@code 2022年}), {@code 一是}. Digits glued to the text after a token ({@code 1、11贯彻}) are debris of
 * Word's list numbering and removed too, unless a measure word or unit follows them ({@code 1、20个村}).
 */
final class ManualNumbering {
    static final String CODE = "text.manual-numbering";

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

    /** @param cleaned {@link #cleaned} of the site's text */
    static void check(TextSite site, Optional<String> cleaned, List<Finding> findings) {
        if (site.kind() == TextSite.Kind.FIELD || site.kind() == TextSite.Kind.CELL) {
            return;
        }
        if (cleaned.isPresent()) {
            findings.add(Finding.ofRule(
                    Severity.WARNING, CODE, site.path(), DisplayText.abbreviate(site.text()), cleaned.get(), Map.of()));
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
