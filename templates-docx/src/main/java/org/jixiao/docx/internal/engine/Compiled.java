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
 * the fields its parts use, the initial size of a render buffer in bytes, and what compiling accepted
 * with a warning (not kept in a plan: a template with warnings is never precompiled). Immutable.
 */
public record Compiled(
        List<OutPart> parts,
        List<OutPart.Templated> renderOrder,
        List<TemplateField> fields,
        int estimate,
        List<Problem> warnings) {
    public Compiled {
        parts = List.copyOf(parts);
        renderOrder = List.copyOf(renderOrder);
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }

    /** A compiled template of {@code parts}, its render order derived from them once. */
    public Compiled(List<OutPart> parts, List<TemplateField> fields, int estimate, List<Problem> warnings) {
        this(parts, renderOrder(parts), fields, estimate, warnings);
    }

    private static List<OutPart.Templated> renderOrder(List<OutPart> parts) {
        List<OutPart.Templated> first = new ArrayList<>();
        List<OutPart.Templated> notes = new ArrayList<>();
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                (holdsNotes(t) ? notes : first).add(t);
            }
        }
        first.addAll(notes);
        return first;
    }

    /** Whether {@code t} is a footnotes or endnotes part, where notes rendered elsewhere are written. */
    private static boolean holdsNotes(OutPart.Templated t) {
        for (Node n : t.plan().nodes()) {
            if (n instanceof NoteList) {
                return true;
            }
        }
        return false;
    }
}
