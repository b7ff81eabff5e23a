// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Note;
import org.jixiao.docx.internal.plan.NoteList;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.validation.Problem;

/**
 * Compiles a footnotes or endnotes part. Each note's content is compiled like a table cell's; the
 * separator notes (any {@code w:type} but {@code normal}) are copied. A note the other parts refer
 * to becomes a {@link Note}, rendered at each reference with the data in scope there and written
 * where the part's {@link NoteList} is (the place of the first such note); a note nothing refers to
 * stays where it is, rendered once with the root data. Places are named "footnote n, paragraph m",
 * n counting the part's notes from 1 without the separators.
 */
public final class NotesCompiler {
    private NotesCompiler() {}

    /** The compiled part, and the notes references attach to, by the template's note id. */
    public record Result(PartPlan plan, Map<Integer, Note> notes) {}

    /**
     * Compiles {@code root}, the parsed part {@code part}; the tree is modified.
     *
     * @param references how the note ids are referred to: true when a reference is in a loop or
     *     there are several (the note is then compiled as repeated, without paragraph ids or
     *     bookmarks, with the loop item in scope), false for one reference outside loops; ids not
     *     in the map are not referred to
     */
    public static Result compile(
            String part,
            XmlElem root,
            Map<Integer, Boolean> references,
            List<Problem> problems,
            List<Problem> warnings,
            int maxLoopDepth) {
        String prefix = PartCompiler.prefixOf(root);
        PartCompiler c = new PartCompiler(part, prefix, maxLoopDepth);
        Normaliser.cleanPart(root);
        SchemaOrder.sortAll(root);
        LeakCheck.check(part, root, c.problems, warnings);
        RunMerger.mergeAll(root);
        boolean endnote = root.isW("endnotes");
        String kind = endnote ? "endnote " : "footnote ";
        int firstFreeId = firstFreeId(root);
        Map<Integer, Note> notes = new HashMap<>();
        c.emitter.pushWrap();
        c.emitter.out().append(TreeWriter.DECLARATION);
        TreeWriter.startTag(c.emitter.out(), root, false);
        boolean listed = false;
        int n = 0;
        for (XmlNode k : root.children) {
            Integer id = k instanceof XmlElem note ? normalId(root, note) : null;
            if (id == null) {
                c.blocks.staticNode(k);
                continue;
            }
            XmlElem note = (XmlElem) k;
            c.startNote(kind + ++n);
            Boolean repeated = references.get(id);
            byte[] fallback = utf8("<" + prefix + "p/>");
            byte[] close = utf8("</" + note.qname + ">");
            if (repeated == null) {
                StringBuilder open = new StringBuilder();
                TreeWriter.startTag(open, note, false);
                c.emitter.node(new Cell(utf8(open.toString()), body(c, note), fallback, close));
                continue;
            }
            if (!listed) {
                c.emitter.node(new NoteList(endnote));
                listed = true;
            }
            c.emitter.repeated(repeated);
            Node[] body = body(c, note);
            c.emitter.repeated(false);
            notes.put(id, new Note(idOpen(note), utf8("\">"), body, fallback, close, firstFreeId));
        }
        TreeWriter.endTag(c.emitter.out(), root);
        List<Node> nodes = c.emitter.popWrap();
        problems.addAll(c.problems);
        return new Result(new PartPlan(part, nodes.toArray(Node[]::new)), notes);
    }

    private static Node[] body(PartCompiler c, XmlElem note) {
        c.emitter.pushWrap();
        c.blocks.block(note);
        return c.emitter.popWrap().toArray(Node[]::new);
    }

    /** The id of {@code e} if it is a footnote or endnote of type normal with a numeric id, else null. */
    private static Integer normalId(XmlElem root, XmlElem e) {
        if (!e.isW("footnote") && !e.isW("endnote")) {
            return null;
        }
        String type = e.attr(root.ns, "type");
        String id = e.attr(root.ns, "id");
        if ((type != null && !type.equals("normal")) || id == null || !id.matches("-?[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(id);
    }

    /** One more than the largest note id of the part, and at least 1. */
    private static int firstFreeId(XmlElem root) {
        long max = 0;
        for (XmlElem e : root.elements()) {
            String id = e.attr(root.ns, "id");
            if (id != null && id.matches("-?[0-9]{1,9}")) {
                max = Math.max(max, Long.parseLong(id));
            }
        }
        return (int) max + 1;
    }

    /** The note's start tag up to its id's value: every other attribute as written, then {@code w:id="}. */
    private static byte[] idOpen(XmlElem note) {
        StringBuilder sb = new StringBuilder("<").append(note.qname);
        String idName = note.prefix() + "id";
        for (XmlAttr a : note.attrs) {
            if (a.local().equals("id") && a.ns().equals(note.ns) && !a.qname().startsWith("xmlns")) {
                idName = a.qname();
            } else {
                sb.append(' ').append(a.qname()).append("=\"");
                TreeWriter.attrValue(sb, a.value());
                sb.append('"');
            }
        }
        return utf8(sb.append(' ').append(idName).append("=\"").toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
