// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.internal.validation.Finding;
import org.jixiao.report.Report;

/**
 * The rules on the text of a whole report, run beside Hibernate Validator rather than as a class-level
 * constraint on {@link Report}: they apply to every string wherever it sits (a constraint per field
 * could miss a new one), one of them compares strings across the whole report, and building their paths
 * here as JSON Pointers avoids rebuilding them node by node through Hibernate Validator's violation
 * builder. Their findings go through the same message bundles as the constraints'. The rules that
 * compare the text with the figures ({@link ProseRates}, {@link Differences}) run here too, as they
 * read the text.
 *
 * <p>Positions in messages count code points, starting at 1.
 */
public final class TextRules {
    private TextRules() {}

    /**
     * The findings of every text rule, each string in document order, all rules on one string at a
     * time. A rule that looks for particular chars runs only on a string that has one ({@link Triggers}).
     * The correcting rules report what {@link TextFixer} would correct ({@link Corrections}).
     */
    public static List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        RepeatedParagraphs repeated = new RepeatedParagraphs();
        ProseRates rates = new ProseRates(report);
        for (TextSite site : TextWalker.sites(report)) {
            String text = site.text();
            int triggers = Triggers.of(text);
            Optional<String> cleaned = ManualNumbering.cleaned(text);
            String unnumbered = unnumbered(text, cleaned);
            if ((triggers & Triggers.CHARACTERS) != 0 || text.length() > CharacterRules.MAX_LENGTH) {
                CharacterRules.check(site, findings);
            }
            boolean numbered = site.kind() == TextSite.Kind.NUMBERED;
            Corrections.of(text, numbered, cleaned, triggers).report(site, findings);
            if (!numbered && site.kind() != TextSite.Kind.CELL && cleaned.isPresent()) {
                ManualNumbering.checkRepeated(site, findings);
            }
            OutlineInstructions.check(site, unnumbered, findings);
            RepeatedWords.check(site, findings);
            rates.check(site, findings);
            repeated.check(site, unnumbered, findings);
        }
        Differences.check(report, findings);
        return findings;
    }

    /** The corrections of one string. */
    static Corrections corrections(TextSite site) {
        String text = site.text();
        return Corrections.of(
                text, site.kind() == TextSite.Kind.NUMBERED, ManualNumbering.cleaned(text), Triggers.of(text));
    }

    /**
     * The text as the rules that look past numbering see it: without its leading numbering, stripped of
     * white space at both ends. The same whether {@code text} was stripped before or not.
     *
     * @param cleaned {@link ManualNumbering#cleaned} of the text
     */
    static String unnumbered(String text, Optional<String> cleaned) {
        return cleaned.orElse(text).strip();
    }
}
