// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad data is reported, never thrown: a null anywhere — any component, any list element, any section
 * text — under any outline leaves every cross-field rule quiet (presence is {@code @NotNull}'s or the
 * outline's job) and every message complete.
 */
class RobustnessTest {

    /** The pointer of every component, list element and map entry of the sample report. */
    static Stream<String> everyPointer() {
        List<String> pointers = new ArrayList<>();
        collect(SampleReport.valid(), "", pointers);
        return pointers.stream();
    }

    /** The same for the report that fills every component of the model, the newer ones included. */
    static Stream<String> everyPointerOfTheCompleteReport() {
        List<String> pointers = new ArrayList<>();
        collect(complete(), "", pointers);
        return pointers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPointer")
    void aNullAnywhereIsReportedNotThrown(String pointer) {
        assertComplete(Checks.VALIDATOR.validate(ReportEditor.set(SampleReport.valid(), pointer, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPointerOfTheCompleteReport")
    void aNullAnywhereInTheCompleteReportIsReportedNotThrownUnderEveryOutline(String pointer) {
        for (String outline : List.of("guangdong-district", "hubei-short", "national-common")) {
            Report report = ReportEditor.set(ReportEditor.set(complete(), "/outline", outline), pointer, null);
            assertComplete(Checks.VALIDATOR.validate(report));
        }
    }

    @Test
    void aReportOfNullsIsAListOfMissingData() {
        Report empty = new Report(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        ValidationResult result = Checks.VALIDATOR.validate(empty);
        assertTrue(result.hasErrors());
        assertEquals(
                List.of(
                        "ERROR required /cover",
                        "ERROR outline.section-missing /profile",
                        "ERROR outline.section-missing /keyTasks",
                        "ERROR outline.section-missing /goals",
                        "ERROR outline.section-missing /expenditure",
                        "ERROR outline.section-missing /selfEvaluation/team",
                        "ERROR outline.section-missing /selfEvaluation/process",
                        "ERROR outline.section-missing /selfEvaluation/submission",
                        "ERROR outline.section-missing /selfEvaluation/disclosure",
                        "ERROR outline.section-missing /result",
                        "ERROR outline.section-missing /indicatorAnalysis",
                        "ERROR outline.section-missing /problems",
                        "ERROR outline.section-missing /improvements"),
                Checks.summary(result));
    }

    private static void assertComplete(ValidationResult result) {
        for (Problem p : result.problems()) {
            assertFalse(p.messageZh().contains("{") || p.messageEn().contains("{"), p::toString);
            assertTrue(p.path().startsWith("/"), p::toString);
        }
    }

    private static Report complete() {
        try (InputStream in = RobustnessTest.class.getResourceAsStream("/org/jixiao/json/complete-report.json")) {
            return ReportJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Object value, String path, List<String> pointers) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String child = JsonPointer.child(path, component.getName());
                pointers.add(child);
                try {
                    collect(component.getAccessor().invoke(record), child, pointers);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String child = JsonPointer.child(path, i);
                pointers.add(child);
                collect(list.get(i), child, pointers);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String child = JsonPointer.child(path, (String) entry.getKey());
                pointers.add(child);
                collect(entry.getValue(), child, pointers);
            }
        }
    }
}
