// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.Lang;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.docx.internal.xml.WordMarks;

/**
 * Makes every marker contiguous text inside one {@code w:t}, whatever Word, WPS or LibreOffice did
 * to it: spell-check marks ({@code w:proofErr}) are dropped, smart tags unwrapped, and a marker
 * split over several runs (partial formatting, bookmarks, revision ids) is moved whole into the
 * run of its first character, so it takes that character's formatting. Runs left empty are removed.
 */
final class Normaliser {
    /** Paragraph-level elements that mark positions or were removed, and the paragraph's properties: no text. */
    private static final Set<String> MARKS = WordMarks.passedOver("pPr");
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

    /**
     * Normalises paragraph {@code p} in place and returns its text and markers. Marks that do not
     * break a marker (a comment reference, a zero-width space, a soft hyphen) are dropped from it;
     * a tab, a break, an object or the edge of a hyperlink, content control or other container
     * inside a marker is reported as {@link Problems.Code#PLACEHOLDER_INTERRUPTED}, naming it.
     */
    static ParagraphText normalise(XmlElem p) {
        Atoms a = new Atoms();
        a.collect(p, p);
        List<LexProblem> problems = new ArrayList<>();
        // Markers are looked for in the text without the ignorable and breaking atoms, so a marker
        // with a tab inside is found and reported as interrupted, not as malformed.
        StringBuilder lexed = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < a.atoms.size(); i++) {
            Atom x = a.atoms.get(i);
            if (x.kind == Kind.TEXT) {
                lexed.append(x.c);
                at.add(i);
            }
        }
        boolean moved = false;
        for (Token t : Lexer.lex(lexed.toString(), problems)) {
            int from = at.get(t.start());
            int to = at.get(t.end() - 1) + 1;
            Atom first = a.atoms.get(from);
            Atom breaking = null;
            for (int i = from; i < to && breaking == null; i++) {
                Atom x = a.atoms.get(i);
                if (x.kind == Kind.BREAKING) {
                    breaking = x;
                } else if (x.kind == Kind.TEXT && x.container != first.container) {
                    breaking = new Atom(
                            ParagraphText.OBJECT, null, Kind.BREAKING, outer(x.container, first.container), null);
                }
            }
            if (breaking != null && (breaking.elem.isW("ins") || breaking.elem.isW("moveTo"))) {
                // LeakCheck refuses a marker in a tracked change, so this is not reported twice.
                continue;
            }
            if (breaking != null) {
                Interruption n = Interruption.of(breaking.elem);
                problems.add(
                        new LexProblem(Problems.Code.PLACEHOLDER_INTERRUPTED, a.visible(from, to), n.what(), n.fix()));
                continue;
            }
            for (int i = from; i < to; i++) {
                Atom x = a.atoms.get(i);
                if (x.kind == Kind.TEXT) {
                    moved |= x.owner != first.owner;
                    x.owner = first.owner;
                } else if (x.owner != null || x.elem != null) {
                    // An ignorable character or soft-hyphen element inside the marker is dropped.
                    moved = true;
                    x.owner = null;
                    if (x.elem != null && x.run != null) {
                        x.run.children.remove(x.elem);
                    }
                }
            }
        }
        if (moved) {
            a.rebuild();
        }
        return scan(p, problems);
    }

    /** Of two containers, the one that is not the paragraph, for naming. */
    private static XmlElem outer(XmlElem a, XmlElem b) {
        return a.isW("p") ? b : a;
    }

    /** Reads the text and markers of an already normalised paragraph. */
    static ParagraphText scan(XmlElem p, List<LexProblem> problems) {
        Atoms a = new Atoms();
        a.collect(p, p);
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

    /** What an atom of paragraph text is to a marker. */
    private enum Kind {
        /** A character of a text node. */
        TEXT,
        /** Invisible and harmless inside a marker: dropped from it. */
        IGNORABLE,
        /** A tab, break, object or container edge: a marker cannot span it. */
        BREAKING
    }

    /**
     * One character of the paragraph: {@code owner} is the text node holding it (null for an
     * element); {@code elem} the element it stands for; {@code container} the paragraph or the
     * hyperlink, content control… around its run; {@code run} the run holding {@code elem}.
     */
    private static final class Atom {
        final char c;
        XmlText owner;
        final Kind kind;
        final XmlElem elem;
        final XmlElem container;
        XmlElem run;

        Atom(char c, XmlText owner, Kind kind, XmlElem elem, XmlElem container) {
            this.c = c;
            this.owner = owner;
            this.kind = kind;
            this.elem = elem;
            this.container = container;
        }
    }

    /** Characters that are invisible in Word and may be dropped from a marker. */
    private static boolean ignorable(char c) {
        return c == '\u200B' || c == '\u00AD' || c == '\uFEFF' || c == '\u2060';
    }

    /** The paragraph's atoms, each with the text node that owns it. */
    private static final class Atoms {
        final StringBuilder text = new StringBuilder();
        final List<Atom> atoms = new ArrayList<>();
        final List<TextRef> refs = new ArrayList<>();

        void collect(XmlElem parent, XmlElem container) {
            for (XmlNode c : parent.children) {
                if (!(c instanceof XmlElem e)) {
                    continue;
                }
                if (e.isW("r")) {
                    run(e, parent, container);
                } else if (isW(e) && INLINE_CONTAINERS.contains(e.local)) {
                    collect(e, e.isW("sdtContent") ? container : e);
                } else if (!(isW(e) && MARKS.contains(e.local))) {
                    add(new Atom(ParagraphText.OBJECT, null, Kind.BREAKING, e, container));
                }
            }
        }

        private void run(XmlElem r, XmlElem parent, XmlElem container) {
            for (XmlNode c : r.children) {
                if (!(c instanceof XmlElem e)) {
                    continue;
                }
                if (e.isW("t")) {
                    XmlText node = RunMerger.textNode(e);
                    refs.add(new TextRef(node, e, r, parent));
                    for (int i = 0; i < node.text.length(); i++) {
                        char ch = node.text.charAt(i);
                        add(new Atom(ch, node, ignorable(ch) ? Kind.IGNORABLE : Kind.TEXT, null, container));
                    }
                } else if (e.isW("tab") || e.isW("ptab")) {
                    add(new Atom('\t', null, Kind.BREAKING, e, container));
                } else if (e.isW("br") || e.isW("cr")) {
                    add(new Atom('\n', null, Kind.BREAKING, e, container));
                } else if (e.isW("softHyphen")) {
                    Atom x = new Atom('\u00AD', null, Kind.IGNORABLE, e, container);
                    x.run = r;
                    add(x);
                } else if (!(isW(e) && (RUN_IGNORED.contains(e.local) || e.local.equals("commentReference")))) {
                    add(new Atom(ParagraphText.OBJECT, null, Kind.BREAKING, e, container));
                }
            }
        }

        private void add(Atom x) {
            text.append(x.c);
            atoms.add(x);
        }

        /** Atoms {@code from} to {@code to} as a reader sees them: ⇥ a tab, ↵ a break, an object by name. */
        String visible(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                Atom x = atoms.get(i);
                if (x.kind == Kind.TEXT) {
                    sb.append(x.c);
                } else if (x.kind == Kind.BREAKING) {
                    sb.append(
                            x.c == '\t'
                                    ? "⇥"
                                    : x.c == '\n'
                                            ? "↵"
                                            : "["
                                                    + Interruption.of(x.elem)
                                                            .what()
                                                            .in(Lang.EN) + "]");
                }
            }
            return sb.toString();
        }

        /** Gives each text node the characters it now owns; removes emptied {@code w:t} and runs. */
        void rebuild() {
            Map<XmlText, StringBuilder> next = new IdentityHashMap<>();
            for (TextRef r : refs) {
                next.put(r.node, new StringBuilder());
            }
            for (Atom x : atoms) {
                if (x.owner != null && x.elem == null) {
                    next.get(x.owner).append(x.c);
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
            return e.ns.equals(org.jixiao.docx.internal.xml.Ns.W);
        }
    }
}
