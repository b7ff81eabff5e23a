// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: {@code out} for its result (listings, tables, JSON), {@code err} for why
 * it stopped and for the progress bar.
 *
 * @param out the command's result
 * @param err failures, and the progress bar when {@code interactive}
 * @param interactive whether a person watches a terminal: then batch draws a progress bar in place
 */
record Terminal(PrintWriter out, PrintWriter err, boolean interactive) {

    /**
     * The process's stdout and stderr, in UTF-8 — what scripts and terminals expect — except on a
     * Windows console, whose code page Java reports in {@code sun.stdout.encoding}.
     */
    static Terminal system() {
        String console = System.getProperty("sun.stdout.encoding");
        Charset charset = console != null && Charset.isSupported(console) ? Charset.forName(console) : StandardCharsets.UTF_8;
        return new Terminal(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset)),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset)),
                System.console() != null);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
