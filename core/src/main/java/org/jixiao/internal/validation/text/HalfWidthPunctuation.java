// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.half-width-punctuation}: a half-width {@code , ; : ? !} between two Chinese
 * characters (a Han character or full-width Chinese punctuation on each side), as in
 * {@code 结合我局实际情况,以“保运转,保民生”为前提}. One finding per string, at the first one, with the count;
 * the suggestion is the whole string with ，；：？！ in their place.
 */
final class HalfWidthPunctuation {
    static final String CODE = "text.half-width-punctuation";

    private static final String CHINESE = "[\\p{IsHan}“”‘’《》（）【】〔〕「」『』、。，；：？！…—]";
    private static final Pattern HALF_WIDTH = Pattern.compile("(?<=" + CHINESE + ")[,;:?!](?=" + CHINESE + ")");
    private static final String FROM = ",;:?!";
    private static final String TO = "，；：？！";

    private HalfWidthPunctuation() {}

    static void check(TextSite site, List<Finding> findings) {
        String text = site.text();
        if (!containsAnyOf(text, ",;:?!")) {
            return; // nothing to look at: skip the look-behind pattern (most paragraphs)
        }
        Matcher m = HALF_WIDTH.matcher(text);
        StringBuilder corrected = new StringBuilder(text.length());
        int count = 0;
        int first = -1;
        while (m.find()) {
            if (first < 0) {
                first = text.codePointCount(0, m.start());
            }
            count++;
            m.appendReplacement(
                    corrected, String.valueOf(TO.charAt(FROM.indexOf(m.group().charAt(0)))));
        }
        if (count == 0) {
            return;
        }
        m.appendTail(corrected);
        findings.add(Finding.ofRule(
                Severity.WARNING,
                CODE,
                site.path(),
                DisplayText.window(text, first),
                corrected.toString(),
                Map.of("count", count, "position", first + 1)));
    }

    private static boolean containsAnyOf(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
