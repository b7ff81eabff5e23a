// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.KeyProject;
import org.jixiao.report.Measure;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.Report;

/**
 * The computed figure of a score-sheet indicator, found by what it measures rather than where it sits
 * in the framework: the same sentence for 预决算差异率 under 预算编制 (Guangdong) or under 投入
 * (national). Validation has made sure the report has the data each measure needs.
 */
final class MeasureSentences {
    private MeasureSentences() {}

    /** The sentences stating the measure's figures, one per project or target where it has several. */
    static List<String> of(Measure measure, Report report) {
        int year = report.cover().evaluationYear();
        var e = report.expenditure();
        return switch (measure) {
            case DIFFERENCE_RATE -> List.of(Sentences.differenceRate(year, e));
            case EXECUTION_RATE -> List.of(Sentences.executionRate(year, e));
            case PUBLIC_FUNDS_CONTROL_RATE -> List.of(Sentences.publicFunds(e.publicFunds()));
            case THREE_PUBLIC_EXPENSES_CONTROL_RATE -> List.of(Sentences.threePublicExpenses(e.threePublicExpenses()));
            case IN_SERVICE_CONTROL_RATE -> List.of(
                    Sentences.inServiceControl(report.profile().staffing()));
            case FUNDS_ARRIVAL_RATE, FUNDS_USAGE_RATE -> projects(report);
            case COMPLETION_RATE -> targets(report);
        };
    }

    private static List<String> projects(Report report) {
        List<String> sentences = new ArrayList<>();
        for (KeyProject p : report.indicatorAnalysis().benefit().keyProjects()) {
            sentences.add(Sentences.projectFunds(p));
        }
        return sentences;
    }

    private static List<String> targets(Report report) {
        List<String> sentences = new ArrayList<>();
        for (PerformanceGoal g : report.goals()) {
            g.targets().forEach(t -> sentences.add(Sentences.target(t)));
        }
        if (report.indicatorAnalysis() != null) {
            report.indicatorAnalysis()
                    .benefit()
                    .goalAchievement()
                    .targets()
                    .forEach(t -> sentences.add(Sentences.target(t)));
        }
        return sentences;
    }
}
