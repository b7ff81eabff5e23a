// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.TemplateField;
import org.jixiao.docx.internal.plan.Hyperlink;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.Picture;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.Value;

/**
 * Lists the fields of compiled plans in document order; a footnote's or endnote's where its first
 * reference is, inside the loops around it.
 */
final class Fields {
    private Fields() {}

    static List<TemplateField> of(List<OutPart> parts) {
        List<TemplateField> out = new ArrayList<>();
        Set<String> notes = new HashSet<>();
        for (OutPart p : parts) {
            if (p instanceof OutPart.Templated t) {
                walk(t.plan().nodes(), new ArrayList<>(), out, notes);
            }
        }
        return out;
    }

    /** {@code notes}: the notes walked already, as "f1" or "e1", so a note referred to twice is listed once. */
    private static void walk(Node[] nodes, List<String> loops, List<TemplateField> out, Set<String> notes) {
        for (Node n : nodes) {
            if (n instanceof Value v) {
                value(TemplateField.Kind.VALUE, v, loops, out);
            } else if (n instanceof Picture p) {
                out.add(field(TemplateField.Kind.IMAGE, p.path(), "image", p.loc(), loops));
            } else if (n instanceof Hyperlink h) {
                out.add(field(TemplateField.Kind.LINK, h.path(), "link", h.loc(), loops));
            } else if (n instanceof ListPara lp) {
                value(TemplateField.Kind.PARAGRAPH_VALUE, lp.value(), loops, out);
            } else if (n instanceof Section s) {
                TemplateField.Kind kind =
                        switch (s.kind()) {
                            case LOOP -> TemplateField.Kind.LOOP;
                            case IF -> TemplateField.Kind.IF_PRESENT;
                            case UNLESS -> TemplateField.Kind.IF_ABSENT;
                        };
                out.add(new TemplateField(
                        kind,
                        s.path().text(),
                        loops,
                        "",
                        s.loc().part(),
                        s.loc().location()));
                List<String> inner = loops;
                if (kind == TemplateField.Kind.LOOP) {
                    inner = new ArrayList<>(loops);
                    inner.add(s.path().text());
                }
                walk(s.body(), inner, out, notes);
            } else if (n instanceof NoteRef ref) {
                if (notes.add((ref.endnote() ? "e" : "f") + ref.id())) {
                    walk(ref.note().body(), loops, out, notes);
                }
            } else {
                walk(n.body(), loops, out, notes);
            }
        }
    }

    private static TemplateField field(TemplateField.Kind kind, Path path, String option, Loc loc, List<String> loops) {
        return new TemplateField(kind, path.text(), loops, option, loc.part(), loc.location());
    }

    private static void value(TemplateField.Kind kind, Value v, List<String> loops, List<TemplateField> out) {
        out.add(field(kind, v.path(), v.option(), v.loc(), loops));
    }
}
