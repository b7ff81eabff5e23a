// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.jixiao.Lang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What reaches the user when a command fails in a way no command expected. */
class ErrorHandlerTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaputt");
        }
    }

    @Command(name = "fail")
    static final class Fails implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new Failure(ExitCode.UNWRITABLE, "cannot write x.docx: disk full", java.util.List.of("detail one"));
        }
    }

    @Command(name = "starve")
    static final class Starves implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "overflow")
    static final class Overflows implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Lang lang, String... args) {
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false);
        CommandLine cl = Main.commandLine(lang, terminal);
        cl.addSubcommand(new Boom());
        cl.addSubcommand(new Fails());
        cl.addSubcommand(new Starves());
        cl.addSubcommand(new Overflows());
        // Streams are handed to the subcommands that exist when they are set.
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        int code = cl.execute(args);
        cl.getErr().flush();
        return code;
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExit70() {
        assertEquals(ExitCode.INTERNAL, run(Lang.EN, "boom"));
        assertEquals(
                "jixiao: internal error: java.lang.IllegalStateException: kaputt (run with --debug for details)\n",
                err.toString().replace("\r\n", "\n"));
    }

    @Test
    @Tag("hostile-templates")
    void runningOutOfMemoryIsOneLineSayingHowMuchJavaHadAndExit70() {
        assertEquals(ExitCode.INTERNAL, run(Lang.EN, "starve"));
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        assertEquals(
                "jixiao: out of memory: Java may use at most " + mib + " MiB, too little for this run. Give it more"
                        + " (e.g. set the environment variable JAVA_TOOL_OPTIONS=-Xmx2g) and run again; for batch,"
                        + " fewer --threads also help\n",
                err.toString().replace("\r\n", "\n"));
    }

    @Test
    @Tag("hostile-templates")
    void anyOtherErrorIsOneLineAndExit70() {
        assertEquals(ExitCode.INTERNAL, run(Lang.ZH, "overflow"));
        assertEquals(
                "jixiao: 内部错误：java.lang.StackOverflowError（加 --debug 运行可查看详情）\n",
                err.toString().replace("\r\n", "\n"));
    }

    @Test
    void debugAddsTheStackTraceOfAnErrorToo() {
        assertEquals(ExitCode.INTERNAL, run(Lang.EN, "--debug", "starve"));
        assertTrue(err.toString().contains("\tat org.jixiao.cli.ErrorHandlerTest$Starves.call"), err.toString());
    }

    @Test
    void debugAddsTheStackTrace() {
        assertEquals(ExitCode.INTERNAL, run(Lang.ZH, "--debug", "boom"));
        assertTrue(err.toString().contains("\tat org.jixiao.cli.ErrorHandlerTest$Boom.call"), err.toString());
    }

    @Test
    void aFailurePrintsItsLineAndDetailsAndItsExitCode() {
        assertEquals(ExitCode.UNWRITABLE, run(Lang.EN, "fail"));
        assertEquals(
                "jixiao: cannot write x.docx: disk full\n  detail one\n",
                err.toString().replace("\r\n", "\n"));
    }

    @Test
    void aUsageErrorIsItsReasonAndWhereTheHelpIsAndExit2() {
        assertEquals(ExitCode.UNREADABLE, run(Lang.ZH, "render", "--no-such-option", "a.json"));
        String text = err.toString().replace("\r\n", "\n");
        assertTrue(text.startsWith("jixiao: Unknown option: '--no-such-option'\n"), text);
        assertTrue(text.endsWith("用 “jixiao render --help” 查看用法\n"), text);
        assertFalse(text.contains("Usage:"), "no full usage dump: " + text);
        assertEquals("", out.toString());
    }
}
