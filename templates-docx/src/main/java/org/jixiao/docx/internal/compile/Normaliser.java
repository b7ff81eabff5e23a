// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;

/**
 * Makes every marker contiguous text inside one {@code w:t}, whatever Word, WPS or LibreOffice did
 * to it: spell-check marks ({@code w:proofErr}) are dropped, smart tags unwrapped, and a marker
 * split over several runs (partial formatting, bookmarks, revision ids) is moved whole into the
 * run of its first character, so it takes that character's formatting. Runs left empty are removed.
 */
final class Normaliser {
    /** Paragraph-level elements that mark positions and hold no content. */
    private static final Set<String> MARKS = Set.of(
            "bookmarkStart",
            "bookmarkEnd",
            "commentRangeStart",
            "commentRangeEnd",
            "permStart",
            "permEnd",
            "moveFromRangeStart",
            "moveFromRangeEnd",
            "moveToRangeStart",
            "moveToRangeEnd",
            "customXmlInsRangeStart",
            "customXmlInsRangeEnd",
            "customXmlDelRangeStart",
            "customXmlDelRangeEnd",
            "pPr",
            "del",
            "moveFrom");
    /** Paragraph-level elements whose runs are part of the paragraph's text. */
    static final Set<String> INLINE_CONTAINERS = Set.of(
            "hyperlink", "ins", "moveTo", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo", "smartTag");
    /** Run children that are neither text nor content. */
    private static final Set<String> RUN_IGNORED = Set.of("rPr", "lastRenderedPageBreak", "delText");

    private Normaliser() {}

    /** Drops every {@code w:proofErr} and unwraps every {@code w:smartTag} of a part. */
    static void cleanPart(XmlElem e) {
        List<XmlNode> out = new ArrayList<>(e.children.size());
        for (XmlNode c : e.children) {
            if (c instanceof XmlElem ce) {
                cleanPart(ce);
                if (ce.isW("proofErr")) {
                    continue;
                }
                if (ce.isW("smartTag")) {
                    for (XmlNode g : ce.children) {
                        if (!(g instanceof XmlElem ge && ge.isW("smartTagPr"))) {
                            out.add(g);
                        }
                    }
                    continue;
                }
            }
            out.add(c);
        }
        e.children.clear();
        e.children.addAll(out);
    }

    /** Normalises paragraph {@code p} in place and returns its text and markers. */
    static ParagraphText normalise(XmlElem p) {
        Atoms a = new Atoms();
        a.collect(p);
        List<LexProblem> problems = new ArrayList<>();
        String text = a.text.toString();
        boolean moved = false;
        for (Token t : Lexer.lex(text, problems)) {
            XmlText first = a.owners.get(t.start());
            boolean whole = true;
            for (int i = t.start(); i < t.end(); i++) {
                whole &= a.owners.get(i) != null;
            }
            if (!whole) {
                problems.add(new LexProblem(Problems.Code.PLACEHOLDER_INTERRUPTED, visible(t.raw()), ""));
                continue;
            }
            for (int i = t.start(); i < t.end(); i++) {
                moved |= a.owners.set(i, first) != first;
            }
        }
        if (moved) {
            a.rebuild(text);
        }
        return scan(p, problems);
    }

    private static String visible(String s) {
        return s.replace("\t", "<tab>").replace("\n", "<br>").replace(String.valueOf(ParagraphText.OBJECT), "<object>");
    }

    /** Reads the text and markers of an already normalised paragraph. */
    static ParagraphText scan(XmlElem p, List<LexProblem> problems) {
        Atoms a = new Atoms();
        a.collect(p);
        List<PlacedToken> placed = new ArrayList<>();
        for (TextRef r : a.refs) {
            for (Token t : Lexer.lex(r.node.text, null)) {
                placed.add(new PlacedToken(r.node, t));
            }
        }
        return new ParagraphText(p, a.text.toString(), Lexer.lex(a.text.toString(), null), placed, problems);
    }

    /** Removes a marker's text from its node and returns the paragraph re-read. */
    static ParagraphText strip(ParagraphText pt, PlacedToken t) {
        String s = t.node().text;
        t.node().text =
                s.substring(0, t.token().start()) + s.substring(t.token().end());
        return scan(pt.paragraph, pt.problems);
    }

    /** A text node with the elements around it, so emptied runs can be removed. */
    private record TextRef(XmlText node, XmlElem t, XmlElem run, XmlElem runParent) {}

    /** The paragraph's characters, each with the text node that owns it (null for tab, break, object). */
    private static final class Atoms {
        final StringBuilder text = new StringBuilder();
        final List<XmlText> owners = new ArrayList<>();
        final List<TextRef> refs = new ArrayList<>();

        void collect(XmlElem parent) {
            for (XmlNode c : parent.children) {
                if (!(c instanceof XmlElem e)) {
                    continue;
                }
                if (e.isW("r")) {
                    run(e, parent);
                } else if (isW(e) && INLINE_CONTAINERS.contains(e.local)) {
                    collect(e);
                } else if (!(isW(e) && MARKS.contains(e.local))) {
                    add(ParagraphText.OBJECT, null);
                }
            }
        }

        private void run(XmlElem r, XmlElem parent) {
            for (XmlNode c : r.children) {
                if (!(c instanceof XmlElem e)) {
                    continue;
                }
                if (e.isW("t")) {
                    XmlText node = RunMerger.textNode(e);
                    refs.add(new TextRef(node, e, r, parent));
                    for (int i = 0; i < node.text.length(); i++) {
                        add(node.text.charAt(i), node);
                    }
                } else if (e.isW("tab") || e.isW("ptab")) {
                    add('\t', null);
                } else if (e.isW("br") || e.isW("cr")) {
                    add('\n', null);
                } else if (!(isW(e) && RUN_IGNORED.contains(e.local))) {
                    add(ParagraphText.OBJECT, null);
                }
            }
        }

        private void add(char c, XmlText owner) {
            text.append(c);
            owners.add(owner);
        }

        /** Gives each text node the characters it now owns; removes emptied {@code w:t} and runs. */
        void rebuild(String original) {
            Map<XmlText, StringBuilder> next = new IdentityHashMap<>();
            for (TextRef r : refs) {
                next.put(r.node, new StringBuilder());
            }
            for (int i = 0; i < original.length(); i++) {
                XmlText o = owners.get(i);
                if (o != null) {
                    next.get(o).append(original.charAt(i));
                }
            }
            for (TextRef r : refs) {
                String before = r.node.text;
                r.node.text = next.get(r.node).toString();
                if (r.node.text.isEmpty() && !before.isEmpty()) {
                    r.run.children.remove(r.t);
                    if (r.run.elements().stream().allMatch(x -> x.isW("rPr"))) {
                        r.runParent.children.remove(r.run);
                    }
                }
            }
        }

        private static boolean isW(XmlElem e) {
            return e.ns.equals(org.jixiao.docx.internal.tree.Names.W);
        }
    }
}
