// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad data is reported, never thrown: a null anywhere — any component, any list element — leaves every
 * cross-field rule quiet (presence is {@code @NotNull}'s job) and every message complete.
 */
class RobustnessTest {

    /** The pointer of every component and list element of the sample report. */
    static Stream<String> everyPointer() {
        List<String> pointers = new ArrayList<>();
        collect(SampleReport.valid(), "", pointers);
        return pointers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPointer")
    void aNullAnywhereIsReportedNotThrown(String pointer) {
        ValidationResult result = Checks.VALIDATOR.validate(ReportEditor.set(SampleReport.valid(), pointer, null));
        for (Problem p : result.problems()) {
            assertFalse(p.messageZh().contains("{") || p.messageEn().contains("{"), p::toString);
            assertTrue(p.path().startsWith("/"), p::toString);
        }
    }

    @Test
    void aReportOfNullsIsAListOfMissingData() {
        Report empty = new Report(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        ValidationResult result = Checks.VALIDATOR.validate(empty);
        assertTrue(result.hasErrors());
        assertTrue(result.problems().stream().allMatch(p -> p.code().equals("required")), result::toString);
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
        }
    }
}
