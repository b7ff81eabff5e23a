// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.List;
import java.util.Locale;

/**
 * Renders tokens relative to a base run formatting: text in another formatting is wrapped as
 * {@code {b}bold{/b}}, with {@code -key} for a property the base has and the run lacks.
 * Invisible and control characters are shown as <code>&#92;uXXXX</code>.
 */
final class InlineText {
    private InlineText() {}

    /** The formatting of the first token that has one: the paragraph's (or table's) base. */
    static Props base(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.props() != null) {
                return t.props();
            }
        }
        return Props.EMPTY;
    }

    static String render(List<Token> tokens, Props base) {
        StringBuilder sb = new StringBuilder();
        Props cur = base;
        for (Token t : tokens) {
            Props p = t.props() == null ? cur : t.props();
            if (!p.equals(cur)) {
                if (!cur.equals(base)) {
                    sb.append("{/").append(cur.keysDiffFrom(base)).append('}');
                }
                if (!p.equals(base)) {
                    sb.append('{').append(p.diffFrom(base)).append('}');
                }
                cur = p;
            }
            sb.append(t.text());
        }
        if (!cur.equals(base)) {
            sb.append("{/").append(cur.keysDiffFrom(base)).append('}');
        }
        return sb.toString();
    }

    /** Document text made visible: controls, bidi marks, zero-width characters and lone surrogates escaped. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20
                    || cp == 0x7F
                    || cp >= 0x80 && cp < 0xA0
                    || cp == 0xAD
                    || cp >= 0x200B && cp <= 0x200F
                    || cp >= 0x2028 && cp <= 0x202E
                    || cp >= 0x2060 && cp <= 0x2069
                    || cp == 0x061C
                    || cp == 0xFEFF
                    || cp >= 0xD800 && cp <= 0xDFFF
                    || cp == 0xFFFE
                    || cp == 0xFFFF) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** True when a line would end in white space an editor might strip: the caller then adds {@code ¶}. */
    static boolean endsBlank(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
