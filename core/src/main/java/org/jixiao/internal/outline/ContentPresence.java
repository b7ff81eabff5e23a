// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.outline;

import org.jixiao.outline.Content;
import org.jixiao.outline.OutlineSection;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.Report;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.report.UnitProfile;

/**
 * Whether a report has the data a {@link Content} prints. Validation requires it for required
 * sections; rendering prints a section's heading only when something of it is present.
 */
public final class ContentPresence {
    private ContentPresence() {}

    /** Whether {@code report} has data for {@code content}. */
    public static boolean has(Content content, Report report) {
        var work = report.selfEvaluation();
        return switch (content) {
            case STAFFING -> hasProfileSummary(report.profile());
            case FUNCTIONS -> report.profile() != null
                    && !report.profile().functions().isEmpty();
            case KEY_TASKS -> !report.keyTasks().isEmpty();
            case GOALS -> !report.goals().isEmpty();
            case EXPENDITURE, EXECUTION -> report.expenditure() != null;
            case TEAM -> work != null && work.team() != null;
            case PROCESS -> work != null && !work.process().isEmpty();
            case SUBMISSION -> work != null && work.submission() != null;
            case DISCLOSURE -> work != null && work.disclosure() != null;
            case RESULT, SCORE -> report.result() != null;
            case INDICATOR_ANALYSIS -> report.indicatorAnalysis() != null || hasTreeAnalysis(report);
            case PROBLEMS -> !report.problems().isEmpty();
            case IMPROVEMENTS -> !report.improvements().isEmpty();
            case RESULT_APPLICATION -> !report.resultApplication().isEmpty();
            case OTHER_MATTERS -> !report.otherMatters().isEmpty();
        };
    }

    /** Whether any content of the section, or the unit's own text for it, is present. */
    public static boolean hasOwnText(OutlineSection section, Report report) {
        for (Content c : section.content()) {
            if (has(c, report)) {
                return true;
            }
        }
        return report.section(section.id()).map(t -> t.hasText()).orElse(false);
    }

    private static boolean hasProfileSummary(UnitProfile p) {
        return p != null
                && (p.unitType() != null
                        || p.staffing() != null
                        || !p.subordinateUnits().isEmpty()
                        || !p.overview().isEmpty());
    }

    /** Whether the score sheet carries any analysis or computed measure for the analysis chapter. */
    public static boolean hasTreeAnalysis(Report report) {
        if (report.scoreSheet() == null) {
            return false;
        }
        for (PrimaryIndicator p : report.scoreSheet().indicators()) {
            if (p == null) {
                continue;
            }
            if (!p.analysis().isEmpty()) {
                return true;
            }
            for (SecondaryIndicator s : p.indicators()) {
                if (s == null) {
                    continue;
                }
                if (!s.analysis().isEmpty()) {
                    return true;
                }
                for (TertiaryIndicator t : s.indicators()) {
                    if (t != null && (t.measure() != null || !t.analysis().isEmpty())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
