// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns whatever stops a command into lines on stderr and an exit code: a {@link Failure} as it
 * says, a usage error as its reason plus where to find the usage (exit 2), anything else as one line
 * (exit 70), an {@link Error} such as {@link OutOfMemoryError} too ({@link #handleError}); the stack
 * trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final String PREFIX = "jixiao: ";

    private final Lang lang;

    ErrorHandler(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        cl.getOut().flush();
        if (e instanceof Failure f) {
            err.println(PREFIX + f.getMessage());
            f.details().forEach(line -> err.println("  " + line));
            return f.exitCode();
        }
        boolean debug = JixiaoCommand.of(cl.getCommandSpec()).debug;
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof JixiaoException j) {
            // Commands turn the exceptions they expect into Failures; this is the net below them.
            err.println(PREFIX + j.message(lang));
            return ExitCode.REJECTED;
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            err.println(PREFIX + OutputFile.reason(cause, lang));
            return ExitCode.UNWRITABLE;
        }
        err.println(PREFIX + Message.INTERNAL.format(lang, e));
        return ExitCode.INTERNAL;
    }

    /**
     * An {@link Error} out of a command (picocli passes them on untouched): out of memory says how much
     * Java had and how to give it more, any other is an internal error; one line either way, exit 70.
     */
    int handleError(Error e, CommandLine cl) {
        PrintWriter err = cl.getErr();
        cl.getOut().flush();
        if (JixiaoCommand.of(cl.getCommandSpec()).debug) {
            e.printStackTrace(err);
        }
        err.println(PREFIX + describe(e, lang));
        return ExitCode.INTERNAL;
    }

    /** One line for an {@link Error}: out of memory with the heap's size, else an internal error. */
    static String describe(Throwable e, Lang lang) {
        if (e instanceof OutOfMemoryError) {
            return Message.OUT_OF_MEMORY.format(lang, Runtime.getRuntime().maxMemory() >> 20);
        }
        return Message.INTERNAL.format(lang, e);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(PREFIX + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println(Message.USAGE_HINT.format(lang, cl.getCommandSpec().qualifiedName()));
        return ExitCode.UNREADABLE;
    }
}
