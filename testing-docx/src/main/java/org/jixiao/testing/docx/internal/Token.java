// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

/**
 * A piece of paragraph text with the run properties it was written in; {@code props} null marks
 * structure ({@code |}, {@code }}) that takes whatever formatting surrounds it.
 */
record Token(String text, Props props) {
    static final Token BAR = new Token("|", null);
    static final Token CLOSE = new Token("}", null);

    static Token neutral(String text) {
        return new Token(text, null);
    }
}
