// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

/** What rendering one story (the body, a header, the footnotes) needs: its relationships and field state. */
final class Story {
    final Rels rels;
    final Fields fields = new Fields();
    final boolean evenAndOddHeaders;
    private int tables;

    Story(Rels rels, boolean evenAndOddHeaders) {
        this.rels = rels;
        this.evenAndOddHeaders = evenAndOddHeaders;
    }

    /** The next top-level table number, from 1. */
    int nextTable() {
        return ++tables;
    }
}
