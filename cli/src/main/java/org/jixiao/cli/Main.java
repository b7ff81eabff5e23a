// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jixiao.Lang;
import picocli.CommandLine;

/**
 * The {@code jixiao} command: {@code java -jar jixiao.jar --help}. Exits with one of the codes the
 * README lists; prints a failure as one line on stderr, never a stack trace (unless {@code --debug}).
 *
 * @since 0.1.0
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (!EarlyOptions.scan(args).debug()) {
            quietLibraries();
        }
        System.exit(run(args, Terminal.system()));
    }

    /**
     * Sends {@link System#err} nowhere. The command line writes its own messages to the process's stderr
     * directly ({@link Terminal}); what else would reach it comes from libraries that print for
     * themselves — docx4j's stack traces, the JDK XML parser's {@code [Fatal Error]} lines, the JVM's
     * report of an exception no thread caught — and has no place on a command line's stderr. With
     * {@code --debug} it is left as it is.
     */
    static void quietLibraries() {
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), /* autoFlush= */ true, StandardCharsets.UTF_8));
    }

    /** Runs one command line on {@code terminal} and returns its exit code; for tests, in process. */
    static int run(String[] args, Terminal terminal) {
        EarlyOptions early = EarlyOptions.scan(args);
        Preload.startFor(early);
        Logging.configure(early.debug());
        try {
            return commandLine(early.lang(), terminal).execute(args);
        } finally {
            terminal.flush();
        }
    }

    /** The command tree with its help in {@code lang}, writing to {@code terminal}. */
    static CommandLine commandLine(Lang lang, Terminal terminal) {
        CommandLine cl = new CommandLine(new JixiaoCommand(terminal));
        cl.setResourceBundle(helpBundle(lang));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        ErrorHandler errors = new ErrorHandler(lang);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                return errors.handleError(e, cl);
            }
        });
        return cl;
    }

    /** The help texts: {@code Help.properties} is Chinese, {@code Help_en.properties} English; never the JVM's locale. */
    static ResourceBundle helpBundle(Lang lang) {
        return ResourceBundle.getBundle(
                "org.jixiao.cli.Help",
                lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
