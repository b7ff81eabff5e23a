// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;

/** The fixture every value table starts from must be clean, or the tables prove nothing. */
class SampleReportTest {

    @Test
    void sampleReportHasNoProblemAtAll() {
        ValidationResult result = Checks.VALIDATOR.validate(SampleReport.valid());
        assertEquals(List.of(), result.problems());
        assertFalse(result.hasErrors());
        assertEquals("", result.describe(org.jixiao.Lang.ZH));
    }

    @Test
    void sampleReportIsCleanWithTheDefaultClockToo() {
        // the default clock is today's date in Asia/Shanghai, long after the 2023 filling date
        assertEquals(
                List.of(),
                ReportValidator.create().validate(SampleReport.valid()).problems());
    }
}
