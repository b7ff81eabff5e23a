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
 * in the message. The score sheet's cells (where criteria may repeat), the cells of the unit's own
 * tables and the unprinted {@code description} are not compared.
 *
 * <p>One instance per report, given its strings in document order; not thread-safe.
 */
final class RepeatedParagraphs {
    static final String CODE = "text.repeated-paragraph";
    static final int MIN_LENGTH = 20;

    /** The first site of each paragraph seen so far, by its normalised text. */
    private final Map<String, TextSite> firstSites = new HashMap<>();

    /**
     * Checks the next string.
     *
     * @param normalised the string without leading numbering, stripped ({@link TextRules#unnumbered})
     */
    void check(TextSite site, String normalised, List<Finding> findings) {
        String top = site.location().topName();
        if ("description".equals(top) || "scoreSheet".equals(top) || site.kind() == TextSite.Kind.CELL) {
            return;
        }
        if (normalised.length() < MIN_LENGTH || normalised.codePointCount(0, normalised.length()) < MIN_LENGTH) {
            return;
        }
        TextSite first = firstSites.putIfAbsent(normalised, site);
        if (first != null) {
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    CODE,
                    site.path(),
                    DisplayText.abbreviate(site.text()),
                    null,
                    Map.of("firstPath", first.path())));
        }
    }
}
