// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jixiao.report.Measure;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.jixiao.report.Staffing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which data each {@link Measure} needs: the sample has all of it; removing it names the pointer. */
class OutlineRulesMeasureDataTest {

    @ParameterizedTest
    @EnumSource(Measure.class)
    void theSampleReportCanComputeEveryMeasure(Measure measure) {
        assertNull(OutlineRules.missingData(measure, SampleReport.valid()));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            DIFFERENCE_RATE                    | /expenditure                                        | /expenditure
            EXECUTION_RATE                     | /expenditure                                        | /expenditure
            PUBLIC_FUNDS_CONTROL_RATE          | /expenditure/publicFunds                            | /expenditure/publicFunds
            PUBLIC_FUNDS_CONTROL_RATE          | /expenditure                                        | /expenditure/publicFunds
            THREE_PUBLIC_EXPENSES_CONTROL_RATE | /expenditure/threePublicExpenses                    | /expenditure/threePublicExpenses
            IN_SERVICE_CONTROL_RATE            | /profile/staffing                                   | /profile/staffing
            IN_SERVICE_CONTROL_RATE            | /profile/staffing/inServiceFunded                   | /profile/staffing
            IN_SERVICE_CONTROL_RATE            | /profile                                            | /profile/staffing
            FUNDS_ARRIVAL_RATE                 | /indicatorAnalysis                                  | /indicatorAnalysis/benefit/keyProjects
            FUNDS_USAGE_RATE                   | /indicatorAnalysis                                  | /indicatorAnalysis/benefit/keyProjects
            """)
    void aMeasureWithoutItsDataNamesWhatIsMissing(Measure measure, String removed, String expected) {
        Report report = ReportEditor.set(SampleReport.valid(), removed, removed.endsWith("targets") ? List.of() : null);
        assertEquals(expected, OutlineRules.missingData(measure, report));
    }

    @org.junit.jupiter.api.Test
    void completionRatesNeedAMeasurableTargetInTheGoalsOrTheGoalAchievement() {
        Report noGoalTargets = ReportEditor.set(SampleReport.valid(), "/goals/0/targets", List.of());
        assertEquals(null, OutlineRules.missingData(Measure.COMPLETION_RATE, noGoalTargets), "the goal achievement's");
        Report none = ReportEditor.set(noGoalTargets, "/indicatorAnalysis", null);
        assertEquals("/goals/0/targets", OutlineRules.missingData(Measure.COMPLETION_RATE, none));
    }

    @ParameterizedTest
    @EnumSource(
            value = Measure.class,
            names = {"FUNDS_ARRIVAL_RATE", "FUNDS_USAGE_RATE"})
    void keyProjectRatesNeedAKeyProject(Measure measure) {
        Report report = ReportEditor.set(SampleReport.valid(), "/indicatorAnalysis/benefit/keyProjects", List.of());
        assertEquals("/indicatorAnalysis/benefit/keyProjects", OutlineRules.missingData(measure, report));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = "IN_SERVICE_CONTROL_RATE")
    void theInServiceRateNeedsPostsSplitOrTotal(Measure measure) {
        Report total = ReportEditor.set(
                SampleReport.valid(),
                "/profile/staffing",
                new Staffing(null, null, null, 18, null, 20, null, null, null));
        assertNull(OutlineRules.missingData(measure, total));
        Report none = ReportEditor.set(
                SampleReport.valid(),
                "/profile/staffing",
                new Staffing(null, null, null, 18, null, null, null, null, null));
        assertEquals("/profile/staffing", OutlineRules.missingData(measure, none));
    }
}
