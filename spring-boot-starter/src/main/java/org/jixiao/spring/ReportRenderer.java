// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import java.util.Objects;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.report.Report;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.report.docx.ReportDocument;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidationResult;

/**
 * Validates and renders reports with the application's {@link ReportValidator} — its clock and its outlines
 * — into .docx bytes: {@link Reports} bound to one validator. Thread-safe.
 *
 * <pre>
 * RenderedReport rendered = renderer.render(ReportJson.read(in));
 * return DocxResponse.attachment(rendered.docx(), "报告.docx");
 * </pre>
 *
 * @since 0.2.0
 */
public final class ReportRenderer {
    private final ReportValidator validator;

    public ReportRenderer(ReportValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** The validator this renderer checks reports with. */
    public ReportValidator validator() {
        return validator;
    }

    /** Only validates; never throws for bad data. */
    public ValidationResult validate(Report report) {
        return validator.validate(Objects.requireNonNull(report, "report"));
    }

    /**
     * Validates and renders {@code report} with the official template that fits it in its outline
     * ({@link Reports#officialTemplate(Report, org.jixiao.outline.Outlines)}).
     *
     * @throws InvalidReportException when the report has errors
     */
    public RenderedReport render(Report report) {
        Objects.requireNonNull(report, "report");
        return render(report, Reports.officialTemplate(report, validator.outlines()));
    }

    /**
     * Validates and renders {@code report} with {@code template}, e.g. one from the {@link TemplateRegistry}.
     *
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     */
    public RenderedReport render(Report report, DocxTemplate template) {
        ReportDocument document = Reports.document(report, template, validator);
        return new RenderedReport(document.docx(), document.result());
    }
}
