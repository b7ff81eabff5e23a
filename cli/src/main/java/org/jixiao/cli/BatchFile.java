// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.InvalidReportException;
import org.jixiao.docx.Reports;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;

/** Renders one file of a batch; never throws, so one bad file never stops the others. Thread-safe. */
final class BatchFile {
    private final DocxTemplate template;
    private final Path outDir;
    private final Lang lang;

    BatchFile(DocxTemplate template, Path outDir, Lang lang) {
        this.template = template;
        this.outDir = outDir;
        this.lang = lang;
    }

    FileResult render(Path json) {
        long start = System.nanoTime();
        String name = json.getFileName().toString();
        Outcome outcome;
        int warnings = 0;
        int errors = 0;
        String reason = null;
        Path target = outDir.resolve(OutputFile.renamed(json, ".docx"));
        try {
            Report report = InputFile.read(json, lang, ReportJson::read);
            ByteArrayOutputStream document = new ByteArrayOutputStream(256 * 1024);
            ValidationResult result = Reports.render(report, template, document);
            OutputFile.write(target, document.toByteArray(), lang);
            warnings = result.warnings().size();
            outcome = warnings == 0 ? Outcome.OK : Outcome.WARNINGS;
        } catch (MalformedReportException e) {
            outcome = Outcome.UNREADABLE;
            reason = "[" + e.code() + "] " + e.message(lang);
        } catch (Failure e) {
            outcome = switch (e.exitCode()) {
                case ExitCode.UNREADABLE -> Outcome.UNREADABLE;
                case ExitCode.UNWRITABLE -> Outcome.UNWRITABLE;
                default -> Outcome.FAILED;
            };
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
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new FileResult(name, outcome, warnings, errors, millis, reason);
    }
}
