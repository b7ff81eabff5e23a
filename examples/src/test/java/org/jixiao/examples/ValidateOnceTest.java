// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidatedReport;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * A report validated once (to show its problems) renders without being validated again, to the same document
 * as validating and rendering in one call; and the warm-up runs with any validator.
 */
class ValidateOnceTest {
    private static final Report POTOU = ExampleReport.POTOU.report();
    private static final ReportValidator VALIDATOR =
            ReportValidator.create(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void aValidatedReportRendersTheSameDocumentWithTheResultItWasValidatedWith() {
        DocxTemplate template = Reports.officialTemplate(POTOU);
        ValidatedReport checked = ValidatedReport.of(POTOU, VALIDATOR);
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        ByteArrayOutputStream inOneCall = new ByteArrayOutputStream();

        ValidationResult result = Reports.render(checked, template, once);
        Reports.render(POTOU, template, inOneCall, VALIDATOR);

        assertSame(checked.result(), result, "the result it was validated with, not a new validation's");
        assertSame(POTOU, checked.report());
        assertArrayEquals(inOneCall.toByteArray(), once.toByteArray());
    }

    @Test
    void aValidatedReportWithErrorsIsRefusedWithItsResultAndNothingIsWritten() {
        Report noUnit = ReportJson.read(new String(ExampleReport.POTOU.json(), StandardCharsets.UTF_8)
                .replace("\"unit\": \"湛江市坡头区民政局\"", "\"unit\": \"\""));
        ValidatedReport checked = ValidatedReport.of(noUnit, VALIDATOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InvalidReportException e = assertThrows(
                InvalidReportException.class, () -> Reports.render(checked, Reports.officialTemplate(noUnit), out));
        assertSame(checked.result(), e.result());
        assertEquals(0, out.size());
    }

    @Test
    void theWarmUpRunsWithTheDefaultValidatorAndWithOneWhoseClockIsBeforeTheSamplesDates() {
        assertDoesNotThrow(() -> Reports.warmUp());
        Clock early = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertDoesNotThrow(() -> Reports.warmUp(ReportValidator.create(early)));
    }
}
