// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import org.jixiao.docx.internal.plan.Tags;

/**
 * The one way a value reaches a document: as run content. Text goes into {@code w:t} elements
 * that preserve spaces, with {@code & < >} escaped; a tab becomes {@code w:tab}; a line break
 * ({@code \n}, {@code \r\n} or {@code \r}) becomes {@code w:br}. Characters XML cannot hold never
 * get here: {@link org.jixiao.docx.internal.xml.XmlChars#firstIllegal} finds them first.
 */
final class TextSink {
    private TextSink() {}

    static void write(ByteBuf out, String s, Tags tags) {
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                text(out, s, start, i, tags);
                out.write(c == '\t' ? tags.tab() : tags.br());
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        text(out, s, start, n, tags);
    }

    private static void text(ByteBuf out, String s, int from, int to, Tags tags) {
        if (to > from) {
            out.write(tags.textOpen());
            out.writeEscaped(s, from, to);
            out.write(tags.textClose());
        }
    }
}
