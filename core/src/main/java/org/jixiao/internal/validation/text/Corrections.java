// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.internal.validation.Finding;

/**
 * What the correcting rules would change in one string, rule by rule, in the order the fix makes the
 * changes: manual numbering (at numbered places only), document-number brackets, half-width
 * punctuation, variant characters, stray spaces. Each rule looks at the string as given and leaves
 * alone the chars an earlier rule edits ({@link Claims}), so that one defect is reported once (the
 * brackets of {@code 湛坡财(2023)80号} are a document number's, not half-width punctuation) and all the
 * edits can be made at once.
 *
 * <p>Validation reports each step ({@link #report}); the fix makes them ({@link #stages}). A string
 * whose corrections are all empty is one no correcting rule reports: after the fix (repeated until
 * nothing changes) validation has no warning of these rules left.
 *
 * @param steps the rules that change something, in order; empty when none does
 */
record Corrections(List<Step> steps) {

    /**
     * One rule's edits of the string.
     *
     * @param code the rule's problem code
     * @param edits in ascending order, not overlapping, at least one
     */
    record Step(String code, List<Edit> edits) {}

    private static final Corrections NONE = new Corrections(List.of());

    /**
     * The corrections of a string.
     *
     * @param numbered whether the template numbers the place ({@link TextSite.Kind#NUMBERED})
     * @param cleaned {@link ManualNumbering#cleaned} of the text
     * @param triggers {@link Triggers#of} the text
     */
    static Corrections of(String text, boolean numbered, Optional<String> cleaned, int triggers) {
        if (!numbered && (triggers & Triggers.CORRECTING) == 0) {
            return NONE; // most strings
        }
        Builder b = new Builder();
        if (numbered) {
            b.add(ManualNumbering.CODE, ManualNumbering.edit(text, cleaned));
        }
        if ((triggers & Triggers.DOCUMENT_NUMBER) != 0) {
            b.add(DocumentNumberBrackets.CODE, DocumentNumberBrackets.edits(text));
        }
        if ((triggers & Triggers.HALF_WIDTH) != 0) {
            b.add(HalfWidthPunctuation.CODE, HalfWidthPunctuation.edits(text, b.claims));
        }
        if ((triggers & Triggers.VARIANT) != 0) {
            b.add(VariantCharacters.CODE, VariantCharacters.edits(text, b.claims));
        }
        if ((triggers & Triggers.SPACES) != 0) {
            b.add(StraySpaces.CODE, StraySpaces.edits(text, b.claims));
        }
        return b.steps.isEmpty() ? NONE : new Corrections(List.copyOf(b.steps));
    }

    /** The findings of the steps, one rule at a time. */
    void report(TextSite site, List<Finding> findings) {
        for (Step step : steps) {
            switch (step.code()) {
                case ManualNumbering.CODE -> ManualNumbering.check(site, step.edits(), findings);
                case DocumentNumberBrackets.CODE -> DocumentNumberBrackets.check(site, step.edits(), findings);
                case VariantCharacters.CODE -> VariantCharacters.check(site, step.edits(), findings);
                case HalfWidthPunctuation.CODE, StraySpaces.CODE -> findings.add(
                        Excerpt.finding(site, step.code(), step.edits(), Map.of()));
                default -> throw new IllegalStateException(step.code());
            }
        }
    }

    /**
     * The text after each step: element {@code k} has the edits of steps {@code 0..k} made. The last is
     * the corrected text.
     */
    List<String> stages(String text) {
        List<String> stages = new ArrayList<>(steps.size());
        List<Edit> made = new ArrayList<>();
        for (Step step : steps) {
            made.addAll(step.edits());
            made.sort(Comparator.comparingInt(Edit::start));
            stages.add(Edit.apply(text, made));
        }
        return stages;
    }

    private static final class Builder {
        final Claims claims = new Claims();
        final List<Step> steps = new ArrayList<>(2);

        void add(String code, List<Edit> edits) {
            if (!edits.isEmpty()) {
                steps.add(new Step(code, List.copyOf(edits)));
                claims.add(edits);
            }
        }
    }
}
