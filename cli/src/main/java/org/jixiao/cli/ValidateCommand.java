// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao validate FILE.json}: every problem of the report, as text or JSON. */
@Command(name = "validate", abbreviateSynopsis = true)
final class ValidateCommand implements Callable<Integer> {

    enum Format {
        TEXT,
        JSON
    }

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", descriptionKey = "report")
    Path input;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    @Mixin
    OutlineOption outline = new OutlineOption();

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Terminal terminal = root.terminal();
        Report report;
        try {
            report = InputFile.read(input, lang, ReportJson::read);
        } catch (MalformedReportException e) {
            if (format == Format.JSON) {
                terminal.out().print(ValidationJson.unreadable(input.toString(), e, lang));
                return ExitCode.UNREADABLE;
            }
            throw InputFile.malformed(input, e, lang);
        }
        ReportValidator validator = outline.validator(lang);
        ValidationResult result = validator == null ? Reports.validate(report) : validator.validate(report);
        if (format == Format.JSON) {
            terminal.out().print(ValidationJson.of(input.toString(), result, lang));
        } else {
            result.describe(lang).lines().forEach(terminal.out()::println);
            terminal.out()
                    .println(
                            result.problems().isEmpty()
                                    ? Message.NO_PROBLEMS.format(lang)
                                    : Message.PROBLEM_COUNT.format(
                                            lang,
                                            result.errors().size(),
                                            result.warnings().size()));
        }
        return result.hasErrors() ? ExitCode.REJECTED : ExitCode.OK;
    }
}
