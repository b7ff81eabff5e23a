// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.Report;
import org.jixiao.validation.Fix;

/**
 * Makes the corrections of the correcting rules ({@link Corrections}) in a whole report, and removes
 * manual numbering from the places the template numbers for rendering. Stateless and thread-safe.
 */
public final class TextFixer {
    /**
     * How many times at most the corrections are made over the whole report: a bound against hostile
     * input, far above what text needs. One pass nearly always leaves nothing to correct; a second is
     * needed when a correction uncovers another (a Kangxi radical ⼀ corrected to 一 turns {@code ⼀、}
     * into numbering). Of 200,000 generated strings of brackets, numbering, spaces and variants
     * ({@code CorrectionsTest}), none needed more than three. The passes stop as soon as one changes
     * nothing, so the fix is idempotent.
     */
    static final int MAX_PASSES = 8;

    private TextFixer() {}

    /**
     * The report with every correction made, repeated until a pass changes nothing (at most
     * {@value #MAX_PASSES} passes); each change is added to {@code fixes}, in document order within a pass.
     */
    public static Report fix(Report report, List<Fix> fixes) {
        Report current = report;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Fix> made = new ArrayList<>();
            current = TextWalker.rewrite(current, site -> correct(site, made));
            if (made.isEmpty()) {
                break;
            }
            fixes.addAll(made);
        }
        return current;
    }

    /**
     * The report without the numbering typed at the start of the places the template numbers itself
     * ({@link ManualNumbering#strip}); nothing else is changed. The report itself when there is none.
     */
    public static Report withoutManualNumbering(Report report) {
        return TextWalker.rewrite(
                report,
                site -> site.kind() == TextSite.Kind.NUMBERED ? ManualNumbering.strip(site.text()) : site.text());
    }

    private static String correct(TextSite site, List<Fix> made) {
        Corrections corrections = TextRules.corrections(site);
        if (corrections.steps().isEmpty()) {
            return site.text();
        }
        List<String> stages = corrections.stages(site.text());
        String path = site.path();
        String before = site.text();
        for (int i = 0; i < stages.size(); i++) {
            made.add(new Fix(path, corrections.steps().get(i).code(), before, stages.get(i)));
            before = stages.get(i);
        }
        return before;
    }
}
