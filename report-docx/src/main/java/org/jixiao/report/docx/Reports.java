// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jixiao.AtomicFile;
import org.jixiao.FileWriteException;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.internal.ReportData;
import org.jixiao.report.docx.internal.ReportDataSchema;
import org.jixiao.report.docx.internal.WarmUp;
import org.jixiao.validation.FixResult;
import org.jixiao.validation.ReportFixer;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidatedReport;
import org.jixiao.validation.ValidationResult;

/**
 * The front door for turning a report into its Word document: validate, then render.
 *
 * <pre>
 * ValidationResult warnings = Reports.render(report, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), out);
 * </pre>
 *
 * <p>A report with errors is never rendered: {@link InvalidReportException} carries the whole
 * validation result. A report with warnings is rendered, and the warnings are returned. Numbering
 * typed at the start of a place the template numbers itself is left out of the document (the
 * {@code text.manual-numbering} warning says so), so no number prints twice. Custom
 * templates see the same data as the official ones ({@link #data(Report)}). Thread-safe.
 *
 * <p>To show a report's problems and then render it, validate once with {@link ValidatedReport#of} and render
 * that ({@link #render(ValidatedReport, DocxTemplate, OutputStream)}). {@link #warmUp()} at start-up makes the
 * first report as fast as the next ones.
 *
 * <p>Every exception jixiao throws is unchecked, on purpose: bad input is an expected outcome that a caller
 * handles in one place (a web handler's 400/422, a command's exit code), not at each call, and validation
 * hands problems back as a value ({@link ValidationResult}) rather than throwing. Each is a {@link
 * org.jixiao.JixiaoException} with a stable code and a message in Chinese and English: {@link
 * InvalidReportException} (the report has errors; it carries the whole result), {@link TemplateDataException}
 * (the template asks for data the report lacks, or a render limit was reached), {@link org.jixiao.docx.TemplateException} (a
 * template that does not compile) and {@link org.jixiao.json.MalformedReportException} (JSON that is not a
 * report, from {@link org.jixiao.json.ReportJson}). Failed I/O is an {@link UncheckedIOException} wrapping the
 * {@link IOException}; a null argument is a {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class Reports {
    private static final ReportValidator VALIDATOR = ReportValidator.create();

    private Reports() {}

    /**
     * Validates and renders {@code report} with {@code template} to {@code out} (not closed). On any
     * failure nothing is written.
     *
     * @return the validation result: warnings only
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     */
    public static ValidationResult render(Report report, DocxTemplate template, OutputStream out) {
        return render(report, template, out, VALIDATOR);
    }

    /**
     * Validates {@code report} with {@code validator} — its clock, and its outlines, among which the
     * report's own — and renders it with {@code template} to {@code out} (not closed). On any failure
     * nothing is written.
     *
     * @return the validation result: warnings only
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     * @since 0.2.0
     */
    public static ValidationResult render(
            Report report, DocxTemplate template, OutputStream out, ReportValidator validator) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(out, "out");
        return render(ValidatedReport.of(report, validator), template, out);
    }

    /**
     * Renders a report validated already ({@link ValidatedReport#of}) with {@code template} to {@code out} (not
     * closed), without validating it again; laid out in its validator's outlines. On any failure nothing is
     * written.
     *
     * @return {@code validated.result()}: warnings only
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     * @since 0.2.0
     */
    public static ValidationResult render(ValidatedReport validated, DocxTemplate template, OutputStream out) {
        Objects.requireNonNull(out, "out");
        ReportDocument document = document(validated, template);
        try {
            out.write(document.docx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document.result();
    }

    /**
     * Validates and renders {@code report} with {@code template}, and returns the document's bytes (not
     * written anywhere) with the warnings: for a caller that stores or sends the bytes itself.
     *
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     * @since 0.2.0
     */
    public static ReportDocument document(Report report, DocxTemplate template) {
        return document(report, template, VALIDATOR);
    }

    /**
     * As {@link #document(Report, DocxTemplate)}, validating with {@code validator} — its clock, and its
     * outlines, among which the report's own.
     *
     * @since 0.2.0
     */
    public static ReportDocument document(Report report, DocxTemplate template, ReportValidator validator) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(validator, "validator");
        return document(ValidatedReport.of(Objects.requireNonNull(report, "report"), validator), template);
    }

    /**
     * As {@link #document(Report, DocxTemplate)} for a report validated already ({@link ValidatedReport#of}),
     * without validating it again; laid out in its validator's outlines.
     *
     * @throws InvalidReportException when the report has errors
     * @throws TemplateDataException when the template asks for data the report lacks
     * @since 0.2.0
     */
    public static ReportDocument document(ValidatedReport validated, DocxTemplate template) {
        Objects.requireNonNull(validated, "validated");
        Objects.requireNonNull(template, "template");
        ValidationResult result = validated.result();
        if (result.hasErrors()) {
            throw new InvalidReportException(result);
        }
        Report report = validated.report();
        byte[] docx = template.render(ReportData.of(
                ReportFixer.withoutManualNumbering(report), validated.outlines().forReport(report.outline())));
        return new ReportDocument(docx, result);
    }

    /**
     * Validates and renders {@code report} into the file {@code target}, atomically: the document is
     * rendered in memory, written to a temporary file in the same folder and moved over the target,
     * so a failure leaves an existing target untouched and no temporary file behind.
     *
     * @return the validation result: warnings only
     * @throws InvalidReportException when the report has errors
     * @throws FileWriteException when the file cannot be written
     */
    public static ValidationResult render(Report report, DocxTemplate template, Path target) {
        Objects.requireNonNull(target, "target");
        ReportDocument document = document(report, template, VALIDATOR);
        AtomicFile.write(target, document.docx());
        return document.result();
    }

    /** Only validates. */
    public static ValidationResult validate(Report report) {
        return VALIDATOR.validate(Objects.requireNonNull(report, "report"));
    }

    /**
     * Corrects what is mechanical and unambiguous in the report's text (numbering typed where the
     * template numbers, document-number brackets, half-width punctuation, variant characters, stray
     * spaces) and lists each correction; see {@link ReportFixer#fix}. Render the corrected
     * {@link FixResult#report()} to print the corrections.
     */
    public static FixResult fix(Report report) {
        return ReportFixer.fix(report);
    }

    /**
     * The data tree templates render for {@code report}: its JSON tree (same property names) plus
     * the computed figures and composed sentences listed in TEMPLATE-SYNTAX.md, without numbering typed
     * where the template numbers ({@link ReportFixer#withoutManualNumbering}). A fresh tree each call.
     */
    public static Map<String, Object> data(Report report) {
        return data(report, Outlines.builtIn());
    }

    /**
     * The data tree of {@code report} laid out in its outline, found among {@code outlines}; as
     * {@link #data(Report)}. The report should be valid: data of an invalid report may fail to build.
     *
     * @throws IllegalArgumentException when {@code outlines} lacks the report's outline
     * @since 0.2.0
     */
    public static Map<String, Object> data(Report report, Outlines outlines) {
        Objects.requireNonNull(report, "report");
        return ReportData.of(ReportFixer.withoutManualNumbering(report), outlines.forReport(report.outline()));
    }

    /**
     * The official template that fits {@code report} in its outline (among jixiao's own outlines):
     * {@link OfficialTemplate#OVERALL_SELF_EVALUATION} when the document has attachment pages (评分表,
     * 数据表), {@link OfficialTemplate#OVERALL_SELF_EVALUATION_TEXT} when it has none (so it does not end
     * with an empty landscape page).
     *
     * @since 0.2.0
     */
    public static DocxTemplate officialTemplate(Report report) {
        return officialTemplate(report, Outlines.builtIn());
    }

    /** As {@link #officialTemplate(Report)}, with the report's outline found among {@code outlines}. */
    public static DocxTemplate officialTemplate(Report report, Outlines outlines) {
        Objects.requireNonNull(report, "report");
        Outline outline = outlines.find(report.outline() == null ? Outlines.DEFAULT_ID : report.outline())
                .orElse(null);
        boolean pages = outline != null && ReportData.hasAttachmentPages(report, outline);
        return (pages ? OfficialTemplate.OVERALL_SELF_EVALUATION : OfficialTemplate.OVERALL_SELF_EVALUATION_TEXT)
                .template();
    }

    /**
     * The JSON Schema of {@link #data(Report)}: the report's schema plus the computed figures and
     * composed sentences, marked {@code readOnly}. Lint custom templates against it:
     * {@code template.lint(Reports.dataSchema())}.
     */
    public static String dataSchema() {
        return ReportDataSchema.json();
    }

    /**
     * Loads now what the first report of a JVM would otherwise pay for (class loading, Jackson, Hibernate
     * Validator's bootstrap, the text rules, the official templates): reads a sample report shipped with
     * jixiao, validates it with the validator {@link #render(Report, DocxTemplate, OutputStream)} uses,
     * renders it with each official template, and reads a malformed one. Call it once at start-up, before
     * the first request; it writes nothing anywhere. Thread-safe; calling it again repeats the work.
     *
     * @since 0.2.0
     */
    public static void warmUp() {
        warmUp(VALIDATOR);
    }

    /**
     * As {@link #warmUp()}, validating with {@code validator}, the one the application renders with. The sample
     * is rendered whatever the validator finds, so a validator whose clock is earlier than the sample's dates
     * warms up too.
     *
     * @since 0.2.0
     */
    public static void warmUp(ReportValidator validator) {
        WarmUp.run(Objects.requireNonNull(validator, "validator"));
    }
}
