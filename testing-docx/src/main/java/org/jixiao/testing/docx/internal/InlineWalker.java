// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.WordMarks;

/**
 * Walks a paragraph's inline content into {@link Token}s. Markup: tab {@code →}, line break
 * {@code ↵}, {@code {pagebreak}}, fields {@code {PAGE}}, links {@code {link target|text}}, pictures
 * {@code {drawing …}}. Tracked deletions, bookmarks and proofing marks are not shown.
 */
final class InlineWalker {
    /** Inline elements that carry nothing a reader needs. */
    private static final Set<String> SKIP = WordMarks.passedOver(
            "pPr",
            "rPr",
            "proofErr",
            "lastRenderedPageBreak",
            "delText",
            "delInstrText",
            "annotationRef",
            "sdtPr",
            "sdtEndPr");

    private final Story story;

    InlineWalker(Story story) {
        this.story = story;
    }

    List<Token> paragraph(XmlElem p) {
        List<Token> out = new ArrayList<>();
        inline(p, out);
        return out;
    }

    private void inline(XmlElem parent, List<Token> out) {
        for (XmlElem c : parent.elements()) {
            if (!c.ns().equals(Ns.W)) {
                foreign(c, null, out);
                continue;
            }
            if (SKIP.contains(c.local())) {
                continue;
            }
            switch (c.local()) {
                case "r" -> runContent(c, RunProps.of(W.child(c, "rPr")), out);
                case "hyperlink" -> hyperlink(c, out);
                case "fldSimple" -> fldSimple(c, out);
                default -> inline(c, out); // ins, moveTo, smartTag, customXml, sdt(Content), dir, bdo…
            }
        }
    }

    private void hyperlink(XmlElem h, List<Token> out) {
        String id = h.attr(Ns.R, "id");
        String anchor = h.attr("anchor");
        String target = id != null ? story.rels.target(id) : "";
        if (anchor != null) {
            target += "#" + anchor;
        }
        emit(Token.neutral("{link " + target + "|"), out);
        inline(h, out);
        emit(Token.CLOSE, out);
    }

    private void fldSimple(XmlElem f, List<Token> out) {
        XmlElem firstRun = W.child(f, "r");
        story.fields.begin(RunProps.of(W.child(firstRun, "rPr")));
        story.fields.instr(f.attr("instr") == null ? "" : f.attr("instr"));
        story.fields.separate(out);
        inline(f, out);
        story.fields.end(out);
    }

    /** Markup-compatibility and maths outside the W namespace; other foreign elements are walked through. */
    private void foreign(XmlElem c, Props runProps, List<Token> out) {
        if (c.is(Ns.MC, "AlternateContent")) {
            XmlElem choice = c.first(Ns.MC, "Choice");
            XmlElem pick = choice != null ? choice : c.first(Ns.MC, "Fallback");
            if (pick != null) {
                if (runProps != null) {
                    runContent(pick, runProps, out);
                } else {
                    inline(pick, out);
                }
            }
        } else if (c.is(Ns.M, "oMath") || c.is(Ns.M, "oMathPara")) {
            StringBuilder sb = new StringBuilder();
            mathText(c, sb);
            emit(
                    new Token(
                            "{math|" + InlineText.visible(sb.toString()) + "}",
                            runProps == null ? Props.EMPTY : runProps),
                    out);
        } else if (runProps == null) {
            inline(c, out);
        }
    }

    private static void mathText(XmlElem e, StringBuilder sb) {
        for (XmlElem c : e.elements()) {
            if (c.is(Ns.M, "t")) {
                sb.append(c.text());
            } else {
                mathText(c, sb);
            }
        }
    }

    private void runContent(XmlElem r, Props props, List<Token> out) {
        for (XmlElem c : r.elements()) {
            if (!c.ns().equals(Ns.W)) {
                foreign(c, props, out);
                continue;
            }
            if (SKIP.contains(c.local())) {
                continue;
            }
            String text =
                    switch (c.local()) {
                        case "t" -> InlineText.visible(c.text());
                        case "tab", "ptab" -> "→";
                        case "br" -> br(c.attr("type"));
                        case "cr" -> "↵";
                        case "noBreakHyphen" -> "\u2011";
                        case "softHyphen" -> "{shy}";
                        case "sym" -> "{sym "
                                + new Props()
                                        .put("font", c.attr("font"))
                                        .put("char", c.attr("char"))
                                        .render() + "}";
                        case "fldChar" -> fldChar(c, props, out);
                        case "instrText" -> instr(c);
                        case "drawing" -> Drawings.describe(c, story.rels);
                        case "pict" -> "{pict}";
                        case "object" -> Drawings.object(c);
                        case "footnoteReference" -> "{footnote " + c.attr("id") + "}";
                        case "endnoteReference" -> "{endnote " + c.attr("id") + "}";
                        case "commentReference" -> "{comment " + c.attr("id") + "}";
                        case "pgNum" -> "{PAGE}";
                        default -> "{" + c.local() + "}";
                    };
            if (text != null && !text.isEmpty()) {
                emit(new Token(text, props), out);
            }
        }
    }

    private static String br(String type) {
        if ("page".equals(type)) {
            return "{pagebreak}";
        }
        return "column".equals(type) ? "{columnbreak}" : "↵";
    }

    private String fldChar(XmlElem c, Props props, List<Token> out) {
        switch (String.valueOf(c.attr("fldCharType"))) {
            case "begin" -> story.fields.begin(props);
            case "separate" -> story.fields.separate(out);
            case "end" -> story.fields.end(out);
            default -> {
                /* unknown type: ignore */
            }
        }
        return null;
    }

    private String instr(XmlElem c) {
        story.fields.instr(c.text());
        return null;
    }

    private void emit(Token t, List<Token> out) {
        story.fields.emit(t, out);
    }
}
