// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.List;

/**
 * Why a command stops: one line, optionally followed by detail lines (the problems of a report or
 * template), and an {@link ExitCode}. {@link Main} prints it on stderr as {@code jixiao: <line>}
 * with the details indented below. Carries no stack trace: it is an outcome, not a bug.
 */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> details;

    Failure(int exitCode, String line) {
        this(exitCode, line, List.of());
    }

    Failure(int exitCode, String line, List<String> details) {
        super(line, null, /* enableSuppression= */ false, /* writableStackTrace= */ false);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    int exitCode() {
        return exitCode;
    }

    /** Lines to print below the message, without indentation; may be empty. */
    List<String> details() {
        return details;
    }
}
