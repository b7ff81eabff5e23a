// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.List;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.validation.Problem;

/**
 * Footnotes, endnotes and comments are not templated: a marker in one would be printed as is in
 * every output, so it is refused, at the note or comment that holds it (counted 1-based in the part,
 * Word's separator notes left out; a comment with its author).
 */
public final class NotesCheck {
    private NotesCheck() {}

    /** Whether {@code root}, a parsed part, is a footnotes, endnotes or comments part. */
    public static boolean applies(XmlElem root) {
        return root.isW("footnotes") || root.isW("endnotes") || root.isW("comments");
    }

    /** Reports every marker in the notes or comments of {@code root}, the parsed part {@code part}. */
    public static void check(String part, XmlElem root, List<Problem> problems) {
        int n = 0;
        for (XmlElem note : root.elements()) {
            String type = note.attr(root.ns, "type");
            if (type != null && !type.equals("normal")) {
                continue;
            }
            n++;
            String text = text(note, new StringBuilder()).toString();
            int i = text.indexOf("{{");
            if (i < 0) {
                continue;
            }
            int end = text.indexOf("}}", i);
            String snippet = end >= 0 && end - i < 40
                    ? text.substring(i, end + 2)
                    : text.substring(i, Math.min(text.length(), i + 40));
            String location;
            String zh;
            String en;
            if (note.isW("comment")) {
                String author = note.attr(root.ns, "author");
                location = "comment " + n + (author == null ? "" : " (" + author + ")");
                zh = "批注（批注不作为模板处理）";
                en = "a comment (comments are not templated)";
            } else {
                boolean foot = note.isW("footnote");
                location = (foot ? "footnote " : "endnote ") + n;
                zh = foot ? "脚注（脚注尚不作为模板处理）" : "尾注（尾注尚不作为模板处理）";
                en = foot
                        ? "a footnote (footnotes are not templated yet)"
                        : "an endnote (endnotes are not templated yet)";
            }
            problems.add(Problems.Code.PLACEHOLDER_UNSUPPORTED_PLACE.at(part, location, snippet, snippet, zh, en));
        }
    }

    private static StringBuilder text(XmlElem e, StringBuilder sb) {
        for (XmlNode c : e.children) {
            if (c instanceof XmlElem ce) {
                text(ce, sb);
            } else if (e.isW("t") || e.isW("delText") || e.isW("instrText")) {
                sb.append(((XmlText) c).text);
            }
        }
        return sb;
    }
}
