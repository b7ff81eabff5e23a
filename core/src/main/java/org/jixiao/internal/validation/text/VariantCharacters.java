// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.internal.validation.Finding;

/**
 * Warning {@code text.variant-character}: a character that looks like a standard one but is another
 * code point, outside GB2312, so 仿宋_GB2312 cannot show it and searches miss it:
 *
 * <ul>
 *   <li>Japanese and old forms: 査 (U+67FB) → 查, 戸 (U+6238) → 户, 內 (U+5167) → 内, 靑 (U+9751) → 青;
 *   <li>Kangxi radicals U+2F00–U+2FD5, which copies from PDF put in place of ideographs, e.g. ⼀ (U+2F00)
 *       → 一, ⾦ (U+2FA6) → 金: the NFKC form of that one character (nothing else is normalised).
 * </ul>
 *
 * One finding per string, at the first one, with the count and the pairs found; the value and the
 * suggestion show the text around the first one before and after the fix, which replaces each variant.
 */
final class VariantCharacters {
    static final String CODE = "text.variant-character";

    /**
     * The variants ({@link #standard}), as {@link Triggers} ranges; they are all in the BMP, so a string
     * without any of these chars has none.
     */
    static final String TRIGGERS = "\u2F00\u2FD5\u5167\u5167\u6238\u6238\u67FB\u67FB\u9751\u9751";

    private VariantCharacters() {}

    /** The finding of a string from its {@link #edits}, if there are any. */
    static void check(TextSite site, List<Edit> edits, List<Finding> findings) {
        String text = site.text();
        Map<String, String> found = new TreeMap<>();
        for (Edit edit : edits) {
            found.put(text.substring(edit.start(), edit.end()), edit.replacement());
        }
        StringBuilder pairs = new StringBuilder();
        found.forEach((variant, standard) -> pairs.append(pairs.length() == 0 ? "" : " ")
                .append(variant)
                .append("→")
                .append(standard));
        findings.add(Excerpt.finding(site, CODE, edits, Map.of("pairs", pairs.toString())));
    }

    /** One edit per variant, replacing it with the standard character; none where {@code claims} covers. */
    static List<Edit> edits(String text, Claims claims) {
        List<Edit> edits = new ArrayList<>(1);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String standard = standard(cp);
            if (standard != null && !claims.covers(i)) {
                edits.add(new Edit(i, next, standard));
            }
            i = next;
        }
        return edits;
    }

    private static boolean isKangxiRadical(int cp) {
        return cp >= 0x2F00 && cp <= 0x2FD5;
    }

    /** The standard character for a variant, or null when the code point is not one. */
    static String standard(int cp) {
        return switch (cp) {
            case 0x67FB -> "查"; // 査
            case 0x6238 -> "户"; // 戸
            case 0x5167 -> "内"; // 內
            case 0x9751 -> "青"; // 靑
            default -> isKangxiRadical(cp)
                    ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    : null;
        };
    }
}
