// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * The place of a rule's first correction in a string, shown before and after: the problem's value and
 * suggestion are the same stretch of text, so the suggestion shows the fix, not the start of the string.
 *
 * @param before the text around the first edit, as written ({@link DisplayText#window})
 * @param after the same stretch with the rule's edits made
 * @param position where the first edit is, in code points from 1: at its first char other than a space,
 *     if it has one
 */
record Excerpt(String before, String after, int position) {

    /**
     * The warning of a correcting rule that reports a string once: at its first edit, shown before and
     * after, with the number of edits ({@code count}) and the place of the first ({@code position}).
     *
     * @param more further message parameters
     */
    static Finding finding(TextSite site, String code, List<Edit> edits, Map<String, Object> more) {
        Excerpt excerpt = of(site.text(), edits);
        Map<String, Object> params = new HashMap<>(more);
        params.put("count", edits.size());
        params.put("position", excerpt.position());
        return Finding.ofRule(Severity.WARNING, code, site.path(), excerpt.before(), excerpt.after(), params);
    }

    /** The excerpt of the first of {@code edits} (at least one, in ascending order). */
    static Excerpt of(String text, List<Edit> edits) {
        Edit first = edits.get(0);
        int focus = ChineseText.skipSpaces(text, first.start());
        if (focus >= first.end()) {
            focus = first.start(); // an edit of spaces only: at its first
        }
        int position = text.codePointCount(0, focus);
        DisplayText.Span span = DisplayText.windowSpan(text, position);
        String corrected = Edit.apply(text, edits);
        return new Excerpt(
                DisplayText.shown(text, span.from(), span.to()),
                DisplayText.shown(corrected, span.from(), corrected(span.to(), edits)),
                position + 1);
    }

    /**
     * Where the char at {@code index} of the text is in the corrected text; for an index inside an edit,
     * the end of its replacement. The window starts before the first edit, where both texts are alike.
     */
    private static int corrected(int index, List<Edit> edits) {
        int shift = 0;
        for (Edit edit : edits) {
            if (edit.end() <= index) {
                shift += edit.replacement().length() - (edit.end() - edit.start());
            } else if (edit.start() < index) {
                return edit.start() + shift + edit.replacement().length();
            } else {
                break;
            }
        }
        return index + shift;
    }
}
