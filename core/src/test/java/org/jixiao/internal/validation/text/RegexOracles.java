// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * The regular-expression versions of the rules that are now linear scans, as they were before the
 * rewrite (commit 50e0ade), kept as oracles: the scans must find exactly what they found. Also the
 * generator of the strings both are run on.
 */
final class RegexOracles {
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,8})[\\s\\u3000]*[【\\[［(（﹝〖][\\s\\u3000]*((?:19|20)[0-9]{2})[\\s\\u3000]*[】\\]］)）﹞〗]"
                    + "[\\s\\u3000]*([0-9]{1,5})[\\s\\u3000]*号");

    private static final String CHINESE = "[\\p{IsHan}“”‘’《》（）【】〔〕「」『』、。，；：？！…—]";
    private static final Pattern HALF_WIDTH = Pattern.compile("(?<=" + CHINESE + ")[,;:?!](?=" + CHINESE + ")");

    /**
     * Pieces the generated strings are made of: Han characters (one outside the BMP), every bracket,
     * years and numbers of every length around the limits, white space the rules skip and white space
     * they do not, half-width and Chinese punctuation, Latin, digits, a lone surrogate, 号.
     */
    private static final List<String> PIECES = List.of(
            "粤民办函", "湛坡财", "民", "号", "号", "号", "〇", "々", "𠀀", "𠀀号", "【", "】", "[", "]", "［", "］", "(", ")", "（", "）",
            "﹝", "﹞", "〖", "〗", "〔", "〕", "2021", "1999", "2100", "1899", "20211", "202", "37", "1", "12345", "123456",
            "０", " ", "\u3000", "\t", "\n", "\u000B", "\u00A0", "\u2003", ",", ";", ":", "?", "!", "，", "“", "”", "、",
            "…", "—", "《", "》", "a", "Z", "1", "\uD800", "\uDC00", "中", "文");

    private RegexOracles() {}

    static List<Finding> documentNumbers(TextSite site) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = DOCUMENT_NUMBER.matcher(site.text());
        while (m.find()) {
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    DocumentNumberBrackets.CODE,
                    site.path(),
                    DisplayText.abbreviate(m.group()),
                    m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号",
                    Map.of()));
        }
        return findings;
    }

    /**
     * Where the look-around pattern the half-width rule once was found a mark: the rule has grown since
     * (spaces, digits, brackets), and still finds all of these.
     */
    static List<Integer> halfWidthPositions(String text) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = HALF_WIDTH.matcher(text);
        while (m.find()) {
            positions.add(m.start());
        }
        return positions;
    }

    /** {@code count} strings of up to {@code maxPieces} pieces, the same for the same seed. */
    static List<String> strings(long seed, int count, int maxPieces) {
        Random random = new Random(seed);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(maxPieces + 1);
            for (int p = 0; p < pieces; p++) {
                s.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            strings.add(s.toString());
        }
        return strings;
    }

    /**
     * {@code count} strings built like document numbers — agency, spaces, bracket, year, bracket,
     * number, 号, each part drawn from near misses as well as hits — after random pieces, so that many
     * have one or two and many almost do.
     */
    static List<String> documentNumberLike(long seed, int count) {
        List<List<String>> parts = List.of(
                List.of("粤民办函", "湛", "一二三四五六七八九", "𠀀", "号", "a", ""),
                List.of("", "", " ", "\u3000", "\t", "\u00A0"),
                List.of("【", "[", "［", "(", "（", "﹝", "〖", "〔", "】", "a"),
                List.of("", " ", "\u3000\n"),
                List.of("2021", "1999", "2000", "1899", "2100", "20211", "202", "２０２１"),
                List.of("", " ", "\u000B"),
                List.of("】", "]", "］", ")", "）", "﹞", "〗", "〕", "【"),
                List.of("", " ", "\u3000"),
                List.of("37", "1", "12345", "123456", "", "０"),
                List.of("", " ", "\u2003"),
                List.of("号", "号", "号", "号码", "亏"));
        Random random = new Random(seed);
        List<String> strings = new ArrayList<>(count);
        for (String noise : strings(seed + 1, count, 3)) {
            StringBuilder s = new StringBuilder(noise);
            int numbers = random.nextInt(3);
            for (int n = 0; n < numbers; n++) {
                for (List<String> part : parts) {
                    s.append(part.get(random.nextInt(part.size())));
                }
                s.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            strings.add(s.toString());
        }
        return strings;
    }

    /** A rule's {@code check(site, findings)}. */
    interface Rule {
        void check(TextSite site, List<Finding> findings);
    }

    /**
     * The findings of the rule on the text as a paragraph, after asserting that they are those of the
     * oracle.
     */
    static List<Finding> agreed(String text, Rule rule, Function<TextSite, List<Finding>> oracle) {
        TextSite site = paragraph(text);
        List<Finding> findings = new ArrayList<>();
        rule.check(site, findings);
        assertEquals(oracle.apply(site), findings, text);
        return findings;
    }

    /** How many of the texts the rule finds something in, after asserting it agrees with the oracle on each. */
    static int agreedCount(List<String> texts, Rule rule, Function<TextSite, List<Finding>> oracle) {
        int withFindings = 0;
        for (String text : texts) {
            withFindings += agreed(text, rule, oracle).isEmpty() ? 0 : 1;
        }
        return withFindings;
    }

    static TextSite paragraph(String text) {
        return new TextSite(TextSite.Location.ROOT.child("p").child(0), text, TextSite.Kind.PARAGRAPH);
    }
}
