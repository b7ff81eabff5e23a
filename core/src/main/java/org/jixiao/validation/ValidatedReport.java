// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.Objects;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;

/**
 * A report together with what a {@link ReportValidator} found in it, so that it can be shown and then rendered
 * without being validated twice:
 *
 * <pre>
 * ValidatedReport checked = ValidatedReport.of(report, validator);
 * if (checked.result().hasErrors()) {
 *     return problems(checked.result());
 * }
 * Reports.render(checked, template, out);
 * </pre>
 *
 * <p>Only {@link #of} makes one, so the result is always the one its validator returned for exactly this
 * report (a {@link Report} is immutable), and the outlines are that validator's. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ValidatedReport {
    private final Report report;
    private final ValidationResult result;
    private final Outlines outlines;

    private ValidatedReport(Report report, ValidationResult result, Outlines outlines) {
        this.report = report;
        this.result = result;
        this.outlines = outlines;
    }

    /** Validates {@code report} with {@code validator}; never throws for bad data. */
    public static ValidatedReport of(Report report, ReportValidator validator) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(validator, "validator");
        return new ValidatedReport(report, validator.validate(report), validator.outlines());
    }

    /** The report that was validated. */
    public Report report() {
        return report;
    }

    /** What the validator found in {@link #report()}. */
    public ValidationResult result() {
        return result;
    }

    /** The outlines of the validator, among which the report's own: the ones to lay it out in. */
    public Outlines outlines() {
        return outlines;
    }
}
