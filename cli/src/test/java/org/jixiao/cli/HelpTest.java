// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.approvaltests.Approvals;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of every command, in both languages, is approved text: a change to it is a reviewed change. */
class HelpTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of(),
            List.of("render"),
            List.of("validate"),
            List.of("schema"),
            List.of("lint"),
            List.of("template"),
            List.of("template", "export"),
            List.of("batch"),
            List.of("outlines"));

    @Test
    void chineseHelp() {
        Approvals.verify(allHelp(Lang.ZH));
    }

    @Test
    void englishHelp() {
        Approvals.verify(allHelp(Lang.EN));
    }

    @Test
    void helpOptionPrintsOnStdoutAndExitsZero() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"--lang", "en", "validate", "--help"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(0, code);
        assertEquals("", err.toString());
        assertTrue(out.toString().startsWith("Usage: jixiao validate [OPTIONS] FILE.json"), out.toString());
    }

    @Test
    void everyCommandHasADescriptionInBothLanguages() {
        for (Lang lang : Lang.values()) {
            for (List<String> path : COMMANDS) {
                CommandLine cl = command(commandLine(lang), path);
                String[] description = cl.getCommandSpec().usageMessage().description();
                assertTrue(description.length > 0 && !description[0].isBlank(), lang + " " + path);
            }
        }
    }

    private static String allHelp(Lang lang) {
        CommandLine root = commandLine(lang);
        StringBuilder text = new StringBuilder();
        for (List<String> path : COMMANDS) {
            text.append("==== jixiao")
                    .append(path.isEmpty() ? "" : " " + String.join(" ", path))
                    .append(" --help ====\n");
            text.append(command(root, path)
                    .getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .replace("\r\n", "\n"));
            text.append('\n');
        }
        return text.toString();
    }

    private static CommandLine commandLine(Lang lang) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine cl = Main.commandLine(lang, new Terminal(sink, sink, false));
        cl.setUsageHelpWidth(100);
        return cl;
    }

    private static CommandLine command(CommandLine root, List<String> path) {
        CommandLine cl = root;
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        return cl;
    }
}
