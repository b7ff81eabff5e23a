// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Value-table support: each row changes {@link SampleReport#valid()} (which has no problem) and lists
 * the problems expected, as {@code "SEVERITY code path"} lines in document order.
 */
final class Checks {
    /** One validator for all tests, "today" being {@link SampleReport#TODAY}. */
    static final ReportValidator VALIDATOR = ReportValidator.create(SampleReport.clock());

    private Checks() {}

    static ValidationResult validate(UnaryOperator<Report> change) {
        return VALIDATOR.validate(change.apply(SampleReport.valid()));
    }

    /** {@code "ERROR budget.total /expenditure/budget/total"} per problem. */
    static List<String> summary(ValidationResult result) {
        return result.problems().stream()
                .map(p -> p.severity() + " " + p.code() + " " + p.path())
                .toList();
    }

    /** Asserts that the change makes exactly one problem and returns it. */
    static Problem only(UnaryOperator<Report> change) {
        List<Problem> problems = validate(change).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    /** A table row: its name, the change, the problems expected. */
    static Arguments row(String name, UnaryOperator<Report> change, String... expected) {
        return Arguments.of(name, change, List.of(expected));
    }

    /** Sets the value at the pointer. */
    static UnaryOperator<Report> set(String pointer, Object value) {
        return report -> ReportEditor.set(report, pointer, value);
    }

    /** Removes the list element or map entry at the pointer. */
    static UnaryOperator<Report> remove(String pointer) {
        return report -> ReportEditor.remove(report, pointer);
    }

    /** Several changes, in order. */
    @SafeVarargs
    static UnaryOperator<Report> all(UnaryOperator<Report>... changes) {
        UnaryOperator<Report> composed = UnaryOperator.identity();
        for (UnaryOperator<Report> change : changes) {
            UnaryOperator<Report> before = composed;
            composed = report -> change.apply(before.apply(report));
        }
        return composed;
    }
}
