// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.List;
import java.util.Objects;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.report.Report;

/**
 * What {@link ReportFixer#fix} did: the corrected report and each correction.
 *
 * @param report the corrected report; the given report itself when nothing needed correcting
 * @param fixes the corrections, in document order (a string corrected by several rules has one per
 *     rule, in the order they were made); empty when nothing needed correcting
 * @since 0.1.0
 */
public record FixResult(Report report, List<Fix> fixes) {

    public FixResult {
        Objects.requireNonNull(report, "report");
        fixes = List.copyOf(fixes);
    }

    /**
     * A readable listing, one line per correction ending in {@code \n}: path, code, then the changed
     * stretch of text before and after, with a little context ({@code …双百工程 ”，打通… → …双百工程”，打通…}).
     * Empty when nothing was corrected.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Fix fix : fixes) {
            DisplayText.Change change = DisplayText.change(fix.before(), fix.after());
            out.append(fix.path().isEmpty() ? "/" : fix.path())
                    .append(" [")
                    .append(fix.code())
                    .append("] ")
                    .append(change.before())
                    .append(" → ")
                    .append(change.after())
                    .append('\n');
        }
        return out.toString();
    }
}
