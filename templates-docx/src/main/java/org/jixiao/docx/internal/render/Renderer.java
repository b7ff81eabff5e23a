// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.DocPrId;
import org.jixiao.docx.internal.plan.Hyperlink;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.MergeCell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Note;
import org.jixiao.docx.internal.plan.NoteList;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.plan.Num;
import org.jixiao.docx.internal.plan.Para;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.plan.Picture;
import org.jixiao.docx.internal.plan.Row;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.Table;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.validation.Problem;

/**
 * Walks plans against one data tree, writing bytes. Collects problems instead of stopping, so one
 * render reports them all; the caller discards the output when there are any. Stops at once, with
 * the limit's problem last, when the render reaches one of its {@link RenderLimits}, and when
 * {@link #MAX_PROBLEMS} problems are listed. One per render.
 */
public final class Renderer {
    /** At most this many problems are listed. */
    public static final int MAX_PROBLEMS = 100;

    private final Scope scope;
    private final List<Problem> problems = new ArrayList<>();
    private final Values values;
    private final RenderLimits limits;
    private final EmbedWriter embeds;
    private ByteBuf out;
    private String part;
    private String relIdPrefix;
    /**
     * Where the notes of each kind (0 footnotes, 1 endnotes) are written: the part's name and the prefix of
     * the relationships a render adds to it, so that a picture or hyperlink in a note is related from the
     * notes part, not from the part the note is referred to in. Null for a kind without a notes part.
     */
    private final NotesPlace[] notesParts = new NotesPlace[2];

    /** A notes part's name and the prefix of the relationship ids a render adds to it. */
    private record NotesPlace(String part, String relIdPrefix) {}
    /** Whether the last block written was a paragraph: a cell must end with one. */
    private boolean endsWithParagraph;

    private int rows;
    private int docPrId;
    private long iterations;
    private boolean stopped;
    /** The notes rendered for references so far: footnotes [0], endnotes [1]; null until the first. */
    private final Notes[] notes = new Notes[2];

    /** The notes of one kind rendered so far, and the ids they took. */
    private static final class Notes {
        final ByteBuf buf = new ByteBuf(1024);
        final Set<Integer> used = new HashSet<>();
        int next;

        Notes(int firstFreeId) {
            next = firstFreeId;
        }
    }

    /** Unwinds a render that must not go on; {@link #stopped()} tells the caller. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("render stopped", null, /* enableSuppression= */ false, /* writableStackTrace= */ false);
        }
    }

    public Renderer(Map<String, ?> data, RenderLimits limits) {
        this(data, limits, new Attachments(name -> false));
    }

    /** A renderer that adds pictures and hyperlink relationships to {@code attachments}. */
    public Renderer(Map<String, ?> data, RenderLimits limits, Attachments attachments) {
        this.limits = limits;
        this.scope = new Scope(data, limits.maxLoopDepth());
        this.values = new Values(scope, problems);
        this.embeds = new EmbedWriter(scope, problems, attachments);
        DataCheck.check(data, problems, MAX_PROBLEMS);
    }

    /** Whether the render stopped early (a limit, or too many problems): then {@link #problems()} says why. */
    public boolean stopped() {
        return stopped;
    }

    /** Problems found so far: in the data tree, then in document order. */
    public List<Problem> problems() {
        if (problems.size() >= MAX_PROBLEMS) {
            List<Problem> l = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            l.add(DataCode.TOO_MANY.at("$", null, Integer.toString(MAX_PROBLEMS)));
            return l;
        }
        return problems;
    }

    /**
     * Renders the plan of {@code partName} into {@code buf}, whose budget is what is left of
     * {@link RenderLimits#maxOutputBytes()}. Returns early when the render {@linkplain #stopped() stops}.
     */
    public void render(String partName, Node[] plan, ByteBuf buf) {
        render(partName, plan, PartPlan.REL_ID_PREFIX, buf);
    }

    /**
     * As {@link #render(String, Node[], ByteBuf)}; the relationships the part gains (pictures,
     * hyperlinks) get ids starting with {@code relIdPrefix}.
     */
    public void render(String partName, Node[] plan, String relIdPrefix, ByteBuf buf) {
        this.out = buf;
        this.part = partName;
        this.relIdPrefix = relIdPrefix;
        try {
            nodes(plan);
        } catch (ByteBuf.Exhausted e) {
            Section s = scope.innermost();
            if (s == null) {
                stop(DataCode.OUTPUT_SIZE, limits.maxOutputBytes(), "$", new Loc(part, "", ""), part);
            } else {
                stop(
                        DataCode.OUTPUT_SIZE,
                        limits.maxOutputBytes(),
                        scope.describeItem(),
                        s.loc(),
                        s.loc().snippet());
            }
        } catch (Stop e) {
            // stopped() and problems() say why
        }
    }

    /**
     * Records a limit's problem and returns what unwinds the render.
     *
     * @param path the data path reached, e.g. {@code goals[2].goals[0]}
     * @param loc the template place, e.g. the loop's marker
     * @param what how the message names the place: the marker or the part
     */
    private Stop stop(DataCode code, long limit, String path, Loc loc, String what) {
        boolean plain = what.equals(path) || path.equals("$");
        Object where = plain ? what : TemplateProblems.term("word.place.at-path", what, path);
        problems.add(code.at(path, loc, where, Long.toString(limit)));
        stopped = true;
        return new Stop();
    }

    private void nodes(Node[] nodes) {
        for (Node n : nodes) {
            node(n);
        }
    }

    private void node(Node n) {
        // Each element visited is work even when it writes nothing (a hidden section, an empty value).
        out.spend(1);
        if (problems.size() >= MAX_PROBLEMS) {
            stopped = true;
            throw new Stop();
        }
        if (n instanceof Lit l) {
            out.write(l.bytes());
        } else if (n instanceof Value v) {
            String s = values.text(v, true);
            if (s != null) {
                TextSink.write(out, s, v.tags());
            }
        } else if (n instanceof Para p) {
            nodes(p.body());
            endsWithParagraph = true;
        } else if (n instanceof Section s) {
            section(s);
        } else if (n instanceof Cell c) {
            out.write(c.open());
            endsWithParagraph = false;
            nodes(c.body());
            if (!endsWithParagraph) {
                out.write(c.fallback());
            }
            endsWithParagraph = false;
            out.write(c.close());
        } else if (n instanceof Row r) {
            rows++;
            MergeState m = scope.merge();
            if (m != null) {
                m.startRow();
            }
            nodes(r.body());
        } else {
            other(n);
        }
    }

    private void other(Node n) {
        if (n instanceof ListPara lp) {
            listPara(lp);
        } else if (n instanceof MergeCell mc) {
            mergeCell(mc);
        } else if (n instanceof Table t) {
            int mark = out.size();
            int before = rows;
            boolean paragraphBefore = endsWithParagraph;
            nodes(t.body());
            if (rows == before) {
                out.truncate(mark);
                endsWithParagraph = paragraphBefore;
            } else {
                endsWithParagraph = false;
            }
        } else if (n instanceof Num num) {
            out.write(num.tags().textOpen());
            String label = num.style().format(scope.index() + 1);
            out.writeEscaped(label, 0, label.length());
            out.write(num.tags().textClose());
        } else if (n instanceof DocPrId) {
            out.writeInt(++docPrId);
        } else if (n instanceof NoteRef ref) {
            noteRef(ref);
        } else if (n instanceof NoteList list) {
            Notes kind = notes[list.endnote() ? 1 : 0];
            if (kind != null) {
                out.writeCounted(kind.buf);
            }
        } else if (n instanceof Picture p) {
            embeds.picture(p, out, part, relIdPrefix, () -> ++docPrId);
        } else if (n instanceof Hyperlink h) {
            embeds.hyperlink(h, out, part, relIdPrefix);
        }
    }

    /**
     * Says that the notes of a kind are written in {@code partName}, whose added relationships get ids
     * starting with {@code relIdPrefix}; called before rendering, for each notes part of the template.
     */
    public void notesPart(boolean endnote, String partName, String relIdPrefix) {
        notesParts[endnote ? 1 : 0] = new NotesPlace(partName, relIdPrefix);
    }

    /**
     * Writes the id of {@code ref} (the template's for its first reference, a fresh one for every
     * further one) and renders its note with the data in scope here, into the notes of its kind; the
     * one output budget covers both.
     */
    private void noteRef(NoteRef ref) {
        int k = ref.endnote() ? 1 : 0;
        Note note = ref.note();
        if (notes[k] == null) {
            notes[k] = new Notes(note.firstFreeId());
        }
        Notes kind = notes[k];
        int id = kind.used.add(ref.id()) ? ref.id() : kind.next++;
        out.writeInt(id);
        ByteBuf body = out;
        boolean paragraph = endsWithParagraph;
        String bodyPart = part;
        String bodyPrefix = relIdPrefix;
        if (notesParts[k] != null) {
            part = notesParts[k].part();
            relIdPrefix = notesParts[k].relIdPrefix();
        }
        kind.buf.budget(body.remaining());
        out = kind.buf;
        out.write(note.idOpen());
        out.writeInt(id);
        out.write(note.idClose());
        endsWithParagraph = false;
        nodes(note.body());
        if (!endsWithParagraph) {
            out.write(note.fallback());
        }
        out.write(note.close());
        body.budget(out.remaining());
        out = body;
        part = bodyPart;
        relIdPrefix = bodyPrefix;
        endsWithParagraph = paragraph;
    }

    private void section(Section s) {
        Object v = scope.get(s.path());
        if (s.kind() != SectionKind.LOOP) {
            if (truthy(v) == (s.kind() == SectionKind.IF)) {
                nodes(s.body());
            }
            return;
        }
        if (v == Scope.MISSING || v == null) {
            return;
        }
        if (v instanceof Boolean b) {
            // {{#flag}} over a true/false value is a condition, as in docxtemplater and Mustache: one
            // iteration or none, with the value as the item (so paths resolve outward).
            v = b ? List.of(b) : List.of();
        }
        if (!(v instanceof List<?> list)) {
            String path = scope.describe(s.path());
            problems.add(DataCode.NOT_A_LIST.at(path, s.loc(), path, ValueText.kindOf(v)));
            return;
        }
        if (scope.full()) {
            throw stop(
                    DataCode.LOOP_DEPTH,
                    limits.maxLoopDepth(),
                    scope.describe(s.path()),
                    s.loc(),
                    s.loc().snippet());
        }
        MergeState merge = s.mergeColumns() > 0 ? new MergeState(s.mergeColumns()) : null;
        scope.push(s, merge);
        for (int i = 0; i < list.size(); i++) {
            scope.item(list.get(i), i);
            if (++iterations > limits.maxIterations()) {
                throw stop(
                        DataCode.ITERATIONS,
                        limits.maxIterations(),
                        scope.describeItem(),
                        s.loc(),
                        s.loc().snippet());
            }
            nodes(s.body());
            if (merge != null) {
                merge.endRow();
            }
        }
        scope.pop();
    }

    private static boolean truthy(Object v) {
        if (v == Scope.MISSING || v == null || Boolean.FALSE.equals(v)) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    private void listPara(ListPara lp) {
        Object v = scope.get(lp.value().path());
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (++iterations > limits.maxIterations()) {
                    Value value = lp.value();
                    String path = scope.describe(value.path()) + "[" + i + "]";
                    throw stop(
                            DataCode.ITERATIONS,
                            limits.maxIterations(),
                            path,
                            value.loc(),
                            value.loc().snippet());
                }
                String s = values.itemText(lp.value(), list.get(i), i);
                endsWithParagraph = true;
                out.write(lp.before());
                if (s != null) {
                    TextSink.write(out, s, lp.value().tags());
                }
                out.write(lp.after());
            }
            return;
        }
        endsWithParagraph = true;
        out.write(lp.before());
        String s = values.text(lp.value(), true);
        if (s != null) {
            TextSink.write(out, s, lp.value().tags());
        }
        out.write(lp.after());
    }

    private void mergeCell(MergeCell mc) {
        MergeState m = scope.merge();
        String key = values.key(mc.keys());
        boolean cont = m != null && m.continues(mc.column(), key, scope.index() == 0);
        out.write(mc.open());
        out.write(mc.tcPrHead());
        out.write(cont ? mc.cont() : mc.restart());
        out.write(mc.tcPrTail());
        if (cont) {
            out.write(mc.emptyBody());
        } else {
            endsWithParagraph = false;
            nodes(mc.body());
            if (!endsWithParagraph) {
                out.write(mc.emptyBody());
            }
        }
        endsWithParagraph = false;
        out.write(mc.close());
    }
}
