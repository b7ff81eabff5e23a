// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao template}: the commands about templates. Alone, it prints its help and exits 2. */
@Command(name = "template", abbreviateSynopsis = true, subcommands = TemplateExportCommand.class)
final class TemplateCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(JixiaoCommand.of(spec).terminal().err());
        return ExitCode.UNREADABLE;
    }
}
