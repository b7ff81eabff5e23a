// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.docx.internal.plan.Hyperlink;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Num;
import org.jixiao.docx.internal.plan.Para;
import org.jixiao.docx.internal.plan.Picture;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Compiles a paragraph. A paragraph holding only section markers is a block marker and leaves
 * nothing behind; one that starts with {@code {{?x}}} or {@code {{^x}}} and ends with the matching
 * {@code {{/x}}} is shown or hidden whole; one whose only marker is a value may repeat for a list.
 * A run holding markers is split at each: text pieces become {@code w:t}, values become slots
 * inside the same run, and section markers close and reopen the run around the section, and the
 * hyperlinks and other plain inline wrappers it sits in: so a section opened in a hyperlink may
 * close after it (each side keeps its part of the hyperlink), and the XML between two markers is
 * always balanced.
 */
final class ParagraphCompiler {
    /**
     * Inline wrappers a section may cross: their start tag alone can be written again (content
     * controls carry properties and ids, tracked changes are refused, fields would be duplicated).
     */
    private static final Set<String> REOPENABLE = Set.of("hyperlink", "customXml", "dir", "bdo", "smartTag");

    private final PartCompiler c;
    /** Start tags of the run and inline wrappers open at this point of the paragraph, innermost first. */
    private Deque<XmlElem> openInline = new ArrayDeque<>();
    /** The start tag (and properties, for a run) each element of {@link #openInline} is reopened with. */
    private final Map<XmlElem, String> reopenTags = new java.util.IdentityHashMap<>();

    ParagraphCompiler(PartCompiler c) {
        this.c = c;
    }

    void paragraph(XmlElem p) {
        // A text box's paragraphs sit inside a run of this one: they never close its runs.
        Deque<XmlElem> outer = openInline;
        openInline = new ArrayDeque<>();
        try {
            compileParagraph(p);
        } finally {
            openInline = outer;
        }
    }

    private void compileParagraph(XmlElem p) {
        c.enterParagraph();
        ParagraphText pt = c.text(p);
        for (LexProblem lp : pt.problems) {
            c.report(lp);
        }
        if (!pt.tokens.isEmpty() && pt.onlyMarkers() && pt.tokens.stream().allMatch(Token::isSection)) {
            for (Token t : pt.tokens) {
                marker(t);
            }
            if (hasSectionBreak(p)) {
                while (!pt.placed.isEmpty()) {
                    pt = Normaliser.strip(pt, pt.placed.get(0));
                }
                emit(p, pt);
            }
            return;
        }
        Token open = null;
        Token close = null;
        if (pt.firstPairsWithLast()
                && pt.tokens.get(0).open() != SectionKind.LOOP
                && pt.blankBefore(pt.tokens.get(0))
                && pt.blankAfter(pt.tokens.get(pt.tokens.size() - 1))) {
            open = pt.tokens.get(0);
            close = pt.tokens.get(pt.tokens.size() - 1);
            pt = Normaliser.strip(pt, pt.placed.get(pt.placed.size() - 1));
            pt = Normaliser.strip(pt, pt.placed.get(0));
            marker(open);
        }
        emit(p, pt);
        if (close != null) {
            marker(close);
        }
    }

    private void emit(XmlElem p, ParagraphText pt) {
        Map<XmlText, List<Token>> byNode = pt.byNode();
        c.emitter.pushWrap();
        tag(p);
        inline(p, byNode);
        TreeWriter.endTag(c.emitter.out(), p);
        List<Node> nodes = c.emitter.popWrap();
        boolean solo = pt.tokens.size() == 1 && pt.tokens.get(0).type() == Token.Type.VALUE;
        if (solo
                && nodes.size() == 3
                && nodes.get(0) instanceof Lit a
                && nodes.get(1) instanceof Value v
                && nodes.get(2) instanceof Lit b) {
            c.emitter.node(new ListPara(a.bytes(), v, b.bytes()));
        } else {
            c.emitter.node(new Para(nodes.toArray(Node[]::new)));
        }
    }

    /** Start tag; inside a loop without the paragraph ids Word would find duplicated. */
    void tag(XmlElem e) {
        if (c.emitter.inLoop()) {
            TreeWriter.startTagWithoutIds(c.emitter.out(), e, false);
        } else {
            TreeWriter.startTag(c.emitter.out(), e, false);
        }
    }

    private void inline(XmlElem parent, Map<XmlText, List<Token>> byNode) {
        if (parent.children.isEmpty()) {
            return;
        }
        StringBuilder out = c.emitter.out();
        for (XmlNode n : parent.children) {
            if (!(n instanceof XmlElem e) || !holdsMarkers(e, byNode)) {
                c.blocks.staticNode(n);
            } else if (e.isW("r")) {
                run(e, byNode);
            } else if (REOPENABLE.contains(e.local)) {
                StringBuilder tag = new StringBuilder();
                TreeWriter.startTag(tag, e, false);
                out.append(tag);
                enter(e, tag.toString());
                inline(e, byNode);
                leave(e);
                TreeWriter.endTag(out, e);
            } else {
                TreeWriter.startTag(out, e, false);
                c.emitter.pushWrap();
                inline(e, byNode);
                c.emitter.popWrapInline();
                TreeWriter.endTag(out, e);
            }
        }
    }

    private void run(XmlElem r, Map<XmlText, List<Token>> byNode) {
        StringBuilder reopen = new StringBuilder();
        TreeWriter.startTag(reopen, r, false);
        XmlElem rPr = r.childW("rPr");
        if (rPr != null) {
            TreeWriter.write(reopen, rPr);
        }
        StringBuilder out = c.emitter.out();
        out.append(reopen);
        enter(r, reopen.toString());
        for (XmlNode k : r.children) {
            if (k == rPr) {
                continue;
            }
            List<Token> tokens = k instanceof XmlElem ke && ke.isW("t") ? byNode.get(textOf(ke)) : null;
            if (tokens == null) {
                c.blocks.staticNode(k);
            } else {
                pieces(textOf((XmlElem) k).text, tokens);
            }
        }
        leave(r);
        TreeWriter.endTag(c.emitter.out(), r);
    }

    private void enter(XmlElem e, String reopen) {
        openInline.push(e);
        reopenTags.put(e, reopen);
    }

    private void leave(XmlElem e) {
        openInline.pop();
        reopenTags.remove(e);
    }

    /** Closes the open run and wrappers, places the section marker between, and reopens them. */
    private void sectionMarker(Token t) {
        StringBuilder out = c.emitter.out();
        for (XmlElem e : openInline) {
            TreeWriter.endTag(out, e);
        }
        marker(t);
        out = c.emitter.out();
        for (Iterator<XmlElem> it = openInline.descendingIterator(); it.hasNext(); ) {
            out.append(reopenTags.get(it.next()));
        }
    }

    private void pieces(String s, List<Token> tokens) {
        int pos = 0;
        for (Token t : tokens) {
            literal(s.substring(pos, t.start()));
            switch (t.type()) {
                case VALUE -> value(t);
                case IMAGE -> {
                    checkItem(t);
                    c.emitter.node(new Picture(t.path(), c.w, c.textWidthEmu, c.loc(t.raw())));
                }
                case LINK -> link(t);
                case NUMBER -> {
                    if (!c.emitter.inLoop()) {
                        c.report(Problems.Code.NUMBER_OUTSIDE_LOOP, t.raw(), t.raw());
                    }
                    c.emitter.node(new Num(t.style(), c.tags, c.loc(t.raw())));
                }
                default -> sectionMarker(t);
            }
            pos = t.end();
        }
        literal(s.substring(pos));
    }

    private void value(Token t) {
        checkItem(t);
        if (t.merge() && !c.mergeAllowed) {
            c.report(Problems.Code.MERGE_OUTSIDE_ROW_LOOP, t.raw());
        }
        c.emitter.node(new Value(
                t.path(), t.format(), t.style(), t.option(), t.merge() && c.mergeAllowed, c.tags, c.loc(t.raw())));
    }

    /** A hyperlink slot: the placeholder's run is closed around it, and it may not sit in another hyperlink. */
    private void link(Token t) {
        checkItem(t);
        for (XmlElem e : openInline) {
            if (e.isW("hyperlink")) {
                c.report(Problems.Code.LINK_IN_HYPERLINK, t.raw(), t.raw());
                return;
            }
        }
        XmlElem run = openInline.peek();
        byte[] close = ("</" + run.qname + ">").getBytes(StandardCharsets.UTF_8);
        byte[] open = reopenTags.get(run).getBytes(StandardCharsets.UTF_8);
        c.emitter.node(new Hyperlink(t.path(), close, open, c.w, c.tags, c.loc(t.raw())));
    }

    private void literal(String s) {
        if (!s.isEmpty()) {
            StringBuilder out = c.emitter.out();
            out.append("<").append(c.w).append("t xml:space=\"preserve\">");
            TreeWriter.text(out, s);
            out.append("</").append(c.w).append("t>");
        }
    }

    /** Opens or closes a section at the current level. */
    void marker(Token t) {
        if (t.type() == Token.Type.OPEN) {
            checkItem(t);
            c.emitter.open(t, c.loc(t.raw()));
        } else {
            c.emitter.close(t, c.loc(t.raw()));
        }
    }

    private void checkItem(Token t) {
        if (t.path().isItem() && !c.emitter.inLoop()) {
            c.report(Problems.Code.ITEM_OUTSIDE_LOOP, t.raw(), t.raw());
        }
    }

    private static boolean holdsMarkers(XmlElem e, Map<XmlText, List<Token>> byNode) {
        if (byNode.isEmpty()) {
            return false;
        }
        if (e.isW("t")) {
            return byNode.containsKey(textOf(e));
        }
        if (!e.isW("r")
                && !(e.ns.equals(Ns.W)
                        && (Normaliser.INLINE_CONTAINERS.contains(e.local) || REOPENABLE.contains(e.local)))) {
            return false;
        }
        for (XmlNode k : e.children) {
            if (k instanceof XmlElem ke && holdsMarkers(ke, byNode)) {
                return true;
            }
        }
        return false;
    }

    private static XmlText textOf(XmlElem t) {
        for (XmlNode n : t.children) {
            if (n instanceof XmlText x) {
                return x;
            }
        }
        return null;
    }

    private static boolean hasSectionBreak(XmlElem p) {
        XmlElem pPr = p.childW("pPr");
        return pPr != null && pPr.childW("sectPr") != null;
    }
}
