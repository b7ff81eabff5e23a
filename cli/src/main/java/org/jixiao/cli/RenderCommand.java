// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.report.docx.ReportDocument;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.FixResult;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao render FILE.json}: validate, then write the Word document (and a PDF). */
@Command(name = "render", abbreviateSynopsis = true)
final class RenderCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", descriptionKey = "report")
    Path input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.docx")
    Path output;

    @Option(names = "--template", paramLabel = "T.docx")
    Path template;

    @Option(names = "--pdf")
    boolean pdf;

    @Mixin
    OutlineOption outline = new OutlineOption();

    @Option(names = "--png")
    boolean png;

    @Option(names = "--fix")
    boolean fix;

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Report report = InputFile.report(input, lang);
        ReportValidator validator = outline.validator(lang);
        DocxTemplate docx = InputFile.templateFor(
                InputFile.template(template, lang),
                report,
                validator == null ? Outlines.builtIn() : validator.outlines());
        Path target = OutputFile.target(output, OutputFile.renamed(input, ".docx"));
        OutputFile.refuseToOverwrite(input, target, lang);
        OutputFile.checkFolder(target, lang);

        FixResult fixed = fix ? Reports.fix(report) : null;
        ValidationResult result = render(fixed != null ? fixed.report() : report, docx, validator, target, lang);
        Terminal terminal = root.terminal();
        terminal.out()
                .println(Message.WROTE.format(
                        lang, target, docx.warnings().size() + result.warnings().size()));
        // The template's warnings (what compiling left out), then the report's.
        docx.warnings().forEach(p -> terminal.out().println("  " + p.describe(lang)));
        result.describe(lang).lines().forEach(line -> terminal.out().println("  " + line));
        if (fixed != null) {
            terminal.out()
                    .println(Message.FIXED_FOR_DOCUMENT.format(
                            lang, fixed.fixes().size(), input));
            fixed.describe().lines().forEach(line -> terminal.out().println("  " + line));
        }
        if (pdf || png) {
            terminal.out().flush();
            convert(target, lang, terminal);
        }
        return ExitCode.OK;
    }

    /** {@code --pdf}: the PDF beside the .docx; {@code --png}: its pages as images, from a PDF kept only with {@code --pdf}. */
    private void convert(Path docx, Lang lang, Terminal terminal) {
        PdfConverter converter = new PdfConverter(lang);
        PageImages images = new PageImages(lang);
        converter.soffice();
        if (png && !pdf) {
            images.pdftoppm(); // before the conversion, which takes seconds
        }
        Path pdfTarget = OutputFile.pdfBeside(docx);
        if (pdf) {
            converter.convert(docx, pdfTarget);
            terminal.out().println(Message.WROTE_PDF.format(lang, pdfTarget));
        }
        if (!png) {
            return;
        }
        List<Path> pages;
        if (pdf) {
            pages = images.write(pdfTarget, docx);
        } else {
            try (WorkFolder work = WorkFolder.beside(docx, ".jixiao-png-")) {
                Path pdfOnlyForImages = work.path().resolve(pdfTarget.getFileName());
                converter.convert(docx, pdfOnlyForImages);
                pages = images.write(pdfOnlyForImages, docx);
            } catch (IOException e) {
                throw new Failure(
                        ExitCode.NOT_CONVERTED, Message.PNG_FAILED.format(lang, docx, OutputFile.reason(e, lang)));
            }
        }
        String names = pages.size() == 1 ? pages.get(0).toString() : pages.get(0) + " … " + pages.get(pages.size() - 1);
        terminal.out().println(Message.WROTE_PAGES.format(lang, pages.size(), names));
    }

    private ValidationResult render(
            Report report, DocxTemplate docx, ReportValidator validator, Path target, Lang lang) {
        ReportDocument document;
        try {
            document = validator == null ? Reports.document(report, docx) : Reports.document(report, docx, validator);
        } catch (InvalidReportException e) {
            throw new Failure(
                    ExitCode.REJECTED,
                    Message.REPORT_INVALID.format(
                            lang, input, e.result().errors().size()),
                    errorsFirst(e.result(), lang));
        } catch (TemplateDataException e) {
            throw new Failure(
                    ExitCode.REJECTED,
                    Message.DATA_MISMATCH.format(lang, input, e.problems().size()),
                    e.problems().stream().map(p -> p.describe(lang)).toList());
        }
        // Not Reports.render(…, Path): OutputFile.write words the FileWriteException in --lang, with exit 3.
        OutputFile.write(target, document.docx(), lang);
        return document.result();
    }

    /** The errors, then the warnings: what blocks the document comes first. */
    private static List<String> errorsFirst(ValidationResult result, Lang lang) {
        List<String> lines = new ArrayList<>();
        new ValidationResult(result.errors()).describe(lang).lines().forEach(lines::add);
        new ValidationResult(result.warnings()).describe(lang).lines().forEach(lines::add);
        return lines;
    }
}
