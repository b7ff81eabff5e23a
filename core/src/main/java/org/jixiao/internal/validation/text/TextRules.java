// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.internal.validation.Finding;
import org.jixiao.report.Report;

/**
 * The rules on the text of a whole report, run beside Hibernate Validator rather than as a class-level
 * constraint on {@link Report}: they apply to every string wherever it sits (a constraint per field
 * could miss a new one), one of them compares strings across the whole report, and building their paths
 * here as JSON Pointers avoids rebuilding them node by node through Hibernate Validator's violation
 * builder. Their findings go through the same message bundles as the constraints'.
 *
 * <p>Positions in messages count code points, starting at 1.
 */
public final class TextRules {
    private TextRules() {}

    /** The findings of every text rule, each string in document order. */
    public static List<Finding> check(Report report) {
        List<TextSite> sites = TextWalker.sites(report);
        List<Finding> findings = new ArrayList<>();
        for (TextSite site : sites) {
            CharacterRules.check(site, findings);
            ManualNumbering.check(site, findings);
            DocumentNumberBrackets.check(site, findings);
            OutlineInstructions.check(site, findings);
            HalfWidthPunctuation.check(site, findings);
            VariantCharacters.check(site, findings);
        }
        RepeatedParagraphs.check(sites, findings);
        return findings;
    }
}
