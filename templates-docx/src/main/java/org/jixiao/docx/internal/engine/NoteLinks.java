// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Note;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.SectionKind;

/**
 * Links the footnote and endnote references of compiled plans to their notes: first which notes are
 * referred to and how, then, once the notes parts are compiled, each {@link NoteRef} gets its note.
 * Works on plans still being compiled (their arrays are changed in place), never on shared ones.
 */
final class NoteLinks {
    private NoteLinks() {}

    /**
     * The note ids of kind {@code endnote} referred to in {@code parts}: true for a note referred to
     * inside a loop or more than once, false for one reference outside loops.
     */
    static Map<Integer, Boolean> references(List<OutPart> parts, boolean endnote) {
        Map<Integer, Boolean> refs = new HashMap<>();
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                collect(t.plan().nodes(), endnote, false, refs);
            }
        }
        return refs;
    }

    private static void collect(Node[] nodes, boolean endnote, boolean inLoop, Map<Integer, Boolean> refs) {
        for (Node n : nodes) {
            if (n instanceof NoteRef r && r.endnote() == endnote) {
                refs.merge(r.id(), inLoop, (a, b) -> true);
            } else if (n instanceof Section s) {
                collect(s.body(), endnote, inLoop || s.kind() == SectionKind.LOOP, refs);
            } else {
                collect(n.body(), endnote, inLoop, refs);
            }
        }
    }

    /**
     * Gives every reference in {@code parts} its note; a reference to a note the part lacks (or with
     * no notes part) keeps its id as written.
     */
    static void attach(List<OutPart> parts, Map<Integer, Note> footnotes, Map<Integer, Note> endnotes) {
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                attach(t.plan().nodes(), footnotes, endnotes);
            }
        }
    }

    private static void attach(Node[] nodes, Map<Integer, Note> footnotes, Map<Integer, Note> endnotes) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] instanceof NoteRef r && r.note() == null) {
                Note note = (r.endnote() ? endnotes : footnotes).get(r.id());
                nodes[i] = note != null
                        ? new NoteRef(r.endnote(), r.id(), note)
                        : new Lit(Integer.toString(r.id()).getBytes(StandardCharsets.US_ASCII));
            } else {
                attach(nodes[i].body(), footnotes, endnotes);
            }
        }
    }
}
