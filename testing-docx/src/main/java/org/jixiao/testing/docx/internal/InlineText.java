// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.List;
import org.jixiao.docx.internal.xml.XmlChars;
import org.jixiao.internal.validation.DisplayText;

/**
 * Renders tokens relative to a base run formatting: text in another formatting is wrapped as
 * {@code {b}bold{/b}}, with {@code -key} for a property the base has and the run lacks.
 * Invisible and control characters are shown as {@code <U+XXXX>} ({@link DisplayText#escape}).
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

    /** Document text made visible ({@link XmlChars#visible}). */
    static String visible(String s) {
        return XmlChars.visible(s);
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
