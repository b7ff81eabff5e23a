// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.TemplateField;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.NoteList;
import org.jixiao.validation.Problem;

/**
 * A compiled template: the output entries in order, the templated ones in the order a render renders
 * them (footnotes and endnotes last: they hold the notes rendered where the other parts refer to them),
 * the parts that hold each kind of notes, the fields its parts use, the initial size of a render buffer
 * in bytes, and what compiling accepted with a warning (not kept in a plan: a template with warnings is
 * never precompiled). Immutable.
 */
public record Compiled(
        List<OutPart> parts,
        List<OutPart.Templated> renderOrder,
        List<NotesPart> notesParts,
        List<TemplateField> fields,
        int estimate,
        List<Problem> warnings) {
    public Compiled {
        parts = List.copyOf(parts);
        renderOrder = List.copyOf(renderOrder);
        notesParts = List.copyOf(notesParts);
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }

    /**
     * A part where the notes of one kind are written ({@link NoteList}): a picture or link in such a note
     * is related from this part, not from the part the note is referred to in.
     */
    public record NotesPart(boolean endnote, OutPart.Templated part) {}

    /** A compiled template of {@code parts}, its render order and notes parts derived from them once. */
    public Compiled(List<OutPart> parts, List<TemplateField> fields, int estimate, List<Problem> warnings) {
        this(parts, notesParts(parts), fields, estimate, warnings);
    }

    private Compiled(
            List<OutPart> parts,
            List<NotesPart> notesParts,
            List<TemplateField> fields,
            int estimate,
            List<Problem> warnings) {
        this(parts, renderOrder(parts, notesParts), notesParts, fields, estimate, warnings);
    }

    /** The templated parts, those that hold notes last. */
    private static List<OutPart.Templated> renderOrder(List<OutPart> parts, List<NotesPart> notesParts) {
        List<OutPart.Templated> holders =
                notesParts.stream().map(NotesPart::part).toList();
        List<OutPart.Templated> first = new ArrayList<>();
        List<OutPart.Templated> notes = new ArrayList<>();
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                (holders.contains(t) ? notes : first).add(t);
            }
        }
        first.addAll(notes);
        return first;
    }

    /** The footnotes and endnotes parts: those whose plan lists notes ({@link NoteList} at its top level). */
    private static List<NotesPart> notesParts(List<OutPart> parts) {
        List<NotesPart> out = new ArrayList<>();
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                for (Node n : t.plan().nodes()) {
                    if (n instanceof NoteList list) {
                        out.add(new NotesPart(list.endnote(), t));
                    }
                }
            }
        }
        return out;
    }
}
