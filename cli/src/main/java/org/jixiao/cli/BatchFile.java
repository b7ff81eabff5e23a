// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.report.docx.ReportDocument;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ReportValidator;

/**
 * One file of a batch, in two stages so that rendering (CPU) and writing (disk) run on different
 * threads: {@link #render} reads, validates and renders into memory, {@link #write} writes the
 * document. Neither throws, so one bad file never stops the others. Thread-safe.
 */
final class BatchFile {
    /** The custom template, or null: each report gets the official template that fits its outline. */
    private final DocxTemplate template;
    /** The validator of the administrator's outlines, or null: the library's own serves. */
    private final ReportValidator validator;

    private final Path outDir;
    private final Lang lang;

    /**
     * A file after its first stage: the document in memory, or the result that ends it there.
     *
     * @param start when the file's work began, {@link System#nanoTime()}
     */
    record Rendered(String name, Path target, byte[] document, int warnings, long start, FileResult ended) {}

    BatchFile(DocxTemplate template, ReportValidator validator, Path outDir, Lang lang) {
        this.template = template;
        this.validator = validator;
        this.outDir = outDir;
        this.lang = lang;
    }

    /** Reads, validates and renders {@code json} into memory. */
    Rendered render(Path json) {
        long start = System.nanoTime();
        String name = json.getFileName().toString();
        Path target = outDir.resolve(OutputFile.renamed(json, ".docx"));
        Outcome outcome;
        int warnings = 0;
        int errors = 0;
        String reason;
        try {
            Report report = InputFile.read(json, lang, ReportJson::read);
            DocxTemplate docx = InputFile.templateFor(
                    template, report, validator == null ? Outlines.builtIn() : validator.outlines());
            ReportDocument document =
                    validator == null ? Reports.document(report, docx) : Reports.document(report, docx, validator);
            return new Rendered(
                    name, target, document.docx(), document.result().warnings().size(), start, null);
        } catch (MalformedReportException e) {
            outcome = Outcome.UNREADABLE;
            reason = "[" + e.code() + "] " + e.message(lang);
        } catch (Failure e) {
            outcome = e.exitCode() == ExitCode.UNREADABLE ? Outcome.UNREADABLE : Outcome.FAILED;
            reason = e.getMessage();
        } catch (InvalidReportException e) {
            outcome = Outcome.INVALID;
            warnings = e.result().warnings().size();
            errors = e.result().errors().size();
            Problem first = e.result().errors().get(0);
            reason = Message.BATCH_FIRST_ERROR.format(lang, errors, first.path(), first.code(), first.message(lang));
        } catch (TemplateDataException e) {
            outcome = Outcome.INVALID;
            errors = e.problems().size();
            reason = e.problems().get(0).describe(lang);
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            reason = Message.INTERNAL.format(lang, e);
        }
        return new Rendered(
                name,
                target,
                null,
                warnings,
                start,
                new FileResult(name, outcome, warnings, errors, millis(start), reason));
    }

    /** Writes a rendered document (atomically, see {@link OutputFile#write}); passes on an ended file. */
    FileResult write(Rendered rendered) {
        if (rendered.ended() != null) {
            return rendered.ended();
        }
        Outcome outcome;
        String reason = null;
        try {
            OutputFile.write(rendered.target(), rendered.document(), lang);
            outcome = rendered.warnings() == 0 ? Outcome.OK : Outcome.WARNINGS;
        } catch (Failure e) {
            outcome = e.exitCode() == ExitCode.UNWRITABLE ? Outcome.UNWRITABLE : Outcome.FAILED;
            reason = e.getMessage();
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            reason = Message.INTERNAL.format(lang, e);
        }
        return new FileResult(rendered.name(), outcome, rendered.warnings(), 0, millis(rendered.start()), reason);
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
