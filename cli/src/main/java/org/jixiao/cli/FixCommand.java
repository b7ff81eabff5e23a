// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.FixResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao fix FILE.json}: correct what is mechanical in the report's text, write the corrected JSON. */
@Command(name = "fix", abbreviateSynopsis = true)
final class FixCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", descriptionKey = "report")
    Path input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.json")
    Path output;

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Report report = InputFile.report(input, lang);
        Path target = OutputFile.target(output, OutputFile.renamed(input, ".fixed.json"));
        OutputFile.refuseToOverwrite(input, target, lang);
        OutputFile.checkFolder(target, lang);

        FixResult result = Reports.fix(report);
        OutputFile.write(target, ReportJson.write(result.report()).getBytes(StandardCharsets.UTF_8), lang);
        Terminal terminal = root.terminal();
        terminal.out()
                .println(Message.WROTE_FIXED.format(lang, target, result.fixes().size()));
        result.describe().lines().forEach(line -> terminal.out().println("  " + line));
        return ExitCode.OK;
    }
}
