// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import org.jixiao.Lang;

/**
 * Shows how far a batch is: on a terminal a bar redrawn in place on stderr, otherwise one line per
 * file on stdout ({@code [3/10] a.json: ok}). Files are reported in their sorted order.
 */
final class Progress {
    private static final int BAR = 30;

    private final Terminal terminal;
    private final int total;
    private final Lang lang;
    private int lastWidth;

    Progress(Terminal terminal, int total, Lang lang) {
        this.terminal = terminal;
        this.total = total;
        this.lang = lang;
    }

    void done(int count, FileResult result) {
        if (terminal.interactive()) {
            int filled = BAR * count / total;
            String line = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + count + "/" + total + " " + result.file();
            PrintWriter err = terminal.err();
            int width = SummaryTable.width(line);
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - width)));
            err.flush();
            lastWidth = width;
        } else {
            terminal.out().println("[" + count + "/" + total + "] " + result.file() + ": " + result.outcome().label().format(lang));
            terminal.out().flush();
        }
    }

    /** Clears the bar, so the summary starts on a clean line. */
    void finish() {
        if (terminal.interactive() && lastWidth > 0) {
            terminal.err().print("\r" + " ".repeat(lastWidth) + "\r");
            terminal.err().flush();
        }
    }
}
