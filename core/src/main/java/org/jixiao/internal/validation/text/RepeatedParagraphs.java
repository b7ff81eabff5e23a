// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.repeated-paragraph}: the same paragraph twice in the printed report, compared
 * after trimming white space (U+3000 included) and removing leading manual numbering, if at least
 * {@value #MIN_LENGTH} code points long. Reported at each later occurrence, naming the first one's path
 * in the message. The score sheet's cells (where criteria may repeat) and the unprinted
 * {@code description} are not compared.
 */
final class RepeatedParagraphs {
    static final String CODE = "text.repeated-paragraph";
    static final int MIN_LENGTH = 20;

    private RepeatedParagraphs() {}

    static void check(List<TextSite> sites, List<Finding> findings) {
        Map<String, String> firstPaths = new HashMap<>();
        for (TextSite site : sites) {
            if (site.path().equals("/description") || site.path().startsWith("/scoreSheet/")) {
                continue;
            }
            String text = site.text().strip();
            String normalised = ManualNumbering.cleaned(text).orElse(text).strip();
            if (normalised.codePointCount(0, normalised.length()) < MIN_LENGTH) {
                continue;
            }
            String first = firstPaths.putIfAbsent(normalised, site.path());
            if (first != null) {
                findings.add(Finding.ofRule(
                        Severity.WARNING,
                        CODE,
                        site.path(),
                        DisplayText.abbreviate(site.text()),
                        null,
                        Map.of("firstPath", first)));
            }
        }
    }
}
