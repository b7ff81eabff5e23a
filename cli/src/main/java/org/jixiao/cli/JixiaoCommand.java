// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code jixiao}: the global options and the list of commands. Alone, it prints its help and exits 2. */
@Command(
        name = "jixiao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            RenderCommand.class,
            ValidateCommand.class,
            SchemaCommand.class,
            LintCommand.class,
            TemplateCommand.class,
            BatchCommand.class,
            OutlinesCommand.class
        })
final class JixiaoCommand implements Callable<Integer> {

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            defaultValue = "zh",
            converter = LangConverter.class,
            scope = ScopeType.INHERIT,
            descriptionKey = "lang")
    Lang lang;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;

    JixiaoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The root command of the tree {@code spec} belongs to: the options every command shares. */
    static JixiaoCommand of(CommandSpec spec) {
        return (JixiaoCommand) spec.root().userObject();
    }

    Lang lang() {
        return lang;
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(terminal.err());
        return ExitCode.UNREADABLE;
    }
}
