// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

/** What happened to one file of a batch. */
enum Outcome {
    /** Written, no warnings. */
    OK(Message.STATUS_OK),
    /** Written, with warnings. */
    WARNINGS(Message.STATUS_WARNINGS),
    /** Not written: the report has errors (or does not fit a custom template). */
    INVALID(Message.STATUS_INVALID),
    /** Not written: missing, not JSON, or not a report. */
    UNREADABLE(Message.STATUS_UNREADABLE),
    /** Not written: the output file cannot be written. */
    UNWRITABLE(Message.STATUS_UNWRITABLE),
    /** Not written: a bug in jixiao. */
    FAILED(Message.STATUS_FAILED);

    private final Message label;

    Outcome(Message label) {
        this.label = label;
    }

    Message label() {
        return label;
    }

    boolean written() {
        return this == OK || this == WARNINGS;
    }
}
