// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** The three kinds of section marker. */
public enum SectionKind {
    /** {@code {{#path}}}: repeat once per list item. */
    LOOP('#'),
    /** {@code {{?path}}}: show when the value is present and not empty or false. */
    IF('?'),
    /** {@code {{^path}}}: show when the value is absent, empty or false. */
    UNLESS('^');

    private final char sigil;

    SectionKind(char sigil) {
        this.sigil = sigil;
    }

    public char sigil() {
        return sigil;
    }
}
