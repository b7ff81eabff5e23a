// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

/** The exit codes of every command; the README and each command's help list the same ones. */
final class ExitCode {
    /** Done; warnings allowed. */
    static final int OK = 0;
    /** Rejected: the report has errors, the template has problems, or a file of a batch failed. */
    static final int REJECTED = 1;
    /** The input cannot be read (missing, not JSON, not a report), or the command line is wrong. */
    static final int UNREADABLE = 2;
    /** An output file cannot be written. */
    static final int UNWRITABLE = 3;
    /**
     * The .docx was written but not converted: no PDF (LibreOffice missing, failed or timed out) or no
     * page images (pdftoppm missing or failed).
     */
    static final int NOT_CONVERTED = 4;
    /** A bug in jixiao (sysexits' EX_SOFTWARE); {@code --debug} shows the stack trace. */
    static final int INTERNAL = 70;

    private ExitCode() {}
}
