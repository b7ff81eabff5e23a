// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateException;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao lint T.docx}: whether a template compiles, and whether its fields exist in the data
 * templates are rendered with ({@link DocxTemplate#lint} against {@link Reports#dataSchema()}: the
 * report plus the figures and sentences jixiao computes). Lists every problem on stdout; exit 1 when
 * any is an error. What compiling accepted but changed ({@link DocxTemplate#warnings()}, e.g. a local
 * attached template left out) and a required field the template never places
 * ({@code lint.required.not-placed}) are warnings.
 */
@Command(name = "lint", abbreviateSynopsis = true)
final class LintCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "T.docx", descriptionKey = "template")
    Path file;

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        PrintWriter out = root.terminal().out();
        DocxTemplate template;
        try {
            template = InputFile.read(file, lang, DocxTemplate::compile);
        } catch (TemplateException e) {
            e.problems().forEach(p -> out.println(p.describe(lang)));
            out.println(Message.TEMPLATE_NOT_COMPILED.format(lang, e.problems().size()));
            return ExitCode.REJECTED;
        }
        List<Problem> problems = new ArrayList<>(template.warnings());
        problems.addAll(template.lint(Reports.dataSchema()));
        int warnings = 0;
        for (Problem p : problems) {
            warnings += p.severity() == Severity.WARNING ? 1 : 0;
            out.println(p.describe(lang));
        }
        int errors = problems.size() - warnings;
        out.println(
                problems.isEmpty()
                        ? Message.LINT_CLEAN.format(lang, template.fields().size())
                        : Message.PROBLEM_COUNT.format(lang, errors, warnings));
        return errors > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }
}
