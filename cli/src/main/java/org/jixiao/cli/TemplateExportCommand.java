// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.jixiao.report.docx.OfficialTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao template export}: the official template as a .docx, for an administrator to restyle. */
@Command(name = "export", abbreviateSynopsis = true)
final class TemplateExportCommand implements Callable<Integer> {
    static final String DEFAULT_NAME = "official-template.docx";

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.docx")
    Path output;

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Path target = OutputFile.target(output, DEFAULT_NAME);
        OutputFile.checkFolder(target, lang);
        OutputFile.write(target, OfficialTemplate.OVERALL_SELF_EVALUATION.docx(), lang);
        root.terminal().out().println(Message.EXPORTED.format(lang, target));
        return ExitCode.OK;
    }
}
