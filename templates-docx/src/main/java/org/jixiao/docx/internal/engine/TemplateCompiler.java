// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.internal.compile.LinkTargets;
import org.jixiao.docx.internal.compile.NotesCompiler;
import org.jixiao.docx.internal.compile.PartCompiler;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.compile.PropsCompiler;
import org.jixiao.docx.internal.compile.SchemaOrder;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.MergeCell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Note;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.preflight.PreflightLimits;
import org.jixiao.docx.internal.preflight.TemplatePreflight;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.validation.Problem;

/**
 * Compile pipeline: pre-flight (TemplatePreflight: the one bounded read of the package, into a
 * {@link DocxPackage}, and its checks) → leave out the relationships the pre-flight detached (a local
 * attached template) → for the main document, headers and footers: parse (StAX, no DTD), normalise, compile
 * to a plan, loops no deeper than {@link RenderLimits#maxLoopDepth}; every other part is deflated once
 * and kept, the WordprocessingML ones (styles, numbering…) with their properties put in
 * schema order first ({@link SchemaOrder}). Footnotes and endnotes are compiled last
 * ({@link NotesCompiler}), once it is known how the other parts refer to each note, and each
 * reference is given its note ({@link NoteLinks}). Comments are left out, with a warning
 * ({@link Comments}). Relationship targets are checked for markers, which they cannot hold. All problems are collected and thrown together; the
 * pre-flight's and the compiler's warnings are kept with the result.
 */
public final class TemplateCompiler {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Document properties that may hold value placeholders. */
    private static final Set<String> PROPERTIES =
            Set.of("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml");

    private static final String TEMPLATE_TYPE = "wordprocessingml.template.main+xml";
    /** A relationship's {@code Id} attribute. */
    private static final Pattern ID = Pattern.compile("\\bId\\s*=\\s*[\"']([^\"']*)[\"']");

    private TemplateCompiler() {}

    /** {@link #compile(byte[], RenderLimits)} with {@link RenderLimits#DEFAULT}. */
    public static Compiled compile(byte[] docx) {
        return compile(docx, RenderLimits.DEFAULT);
    }

    /** Compiles {@code docx}; throws {@link TemplateException} listing every problem. */
    public static Compiled compile(byte[] docx, RenderLimits limits) {
        TemplatePreflight.Result pre = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT);
        if (!pre.problems().isEmpty()) {
            throw new TemplateException(pre.problems());
        }
        DocxPackage pkg = pre.docx();
        Map<String, byte[]> entries = new LinkedHashMap<>(pkg.parts());
        try {
            Detacher.apply(entries, pre.detached());
        } catch (XMLStreamException e) {
            throw new TemplateException(List.of(Problems.notWellFormed("", e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>(pre.warnings());
        Map<String, Boolean> notesParts;
        try {
            Problem comments = Comments.strip(entries, pkg);
            if (comments != null) {
                warnings.add(comments);
            }
            notesParts = notesParts(pkg);
        } catch (XMLStreamException | RuntimeException e) {
            // The pre-flight has read these parts; one this reader refuses is named as not well-formed.
            throw new TemplateException(
                    List.of(Problems.notWellFormed(pkg.mainPart(), String.valueOf(e.getMessage()))));
        }
        // The document first: its sections say how wide the text is in each header and footer.
        Map<String, Long> widthByReference = new HashMap<>();
        OutPart main = templated(
                pkg.mainPart(),
                entries.get(pkg.mainPart()),
                problems,
                warnings,
                limits.maxLoopDepth(),
                PartCompiler.DEFAULT_TEXT_WIDTH_EMU,
                widthByReference);
        Map<String, Long> widthByPart = new HashMap<>();
        for (Relationship r : pkg.relationships(pkg.mainPart())) {
            Long width = widthByReference.get(r.id());
            if (width != null && !r.external()) {
                widthByPart.putIfAbsent(r.target(), width); // the package's relationships name their parts
            }
        }
        List<OutPart> parts = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : ordered(entries).entrySet()) {
            String name = e.getKey();
            if (name.equals(pkg.mainPart())
                    || pkg.headers().contains(name)
                    || pkg.footers().contains(name)) {
                OutPart part = name.equals(pkg.mainPart())
                        ? main
                        : templated(
                                name,
                                e.getValue(),
                                problems,
                                warnings,
                                limits.maxLoopDepth(),
                                widthByPart.getOrDefault(name, PartCompiler.DEFAULT_TEXT_WIDTH_EMU),
                                new HashMap<>());
                if (part instanceof OutPart.Templated t) {
                    String prefix = relIdPrefix(entries, name);
                    part = new OutPart.Templated(name, t.plan().withRelIdPrefix(prefix), t.estimate());
                }
                parts.add(part);
            } else if (notesParts.containsKey(name)) {
                parts.add(null); // compiled below, once the references to its notes are known
            } else if (PROPERTIES.contains(name) && new String(e.getValue(), StandardCharsets.UTF_8).contains("{{")) {
                parts.add(templated(name, e.getValue(), problems, warnings, 0));
            } else {
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".rels")) {
                    links(name, e.getValue(), problems);
                }
                parts.add(statik(name, e.getValue()));
            }
        }
        notes(parts, entries, notesParts, problems, warnings, limits.maxLoopDepth());
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return assemble(parts, warnings);
    }

    /** A compiled template of {@code parts}, in output order: with its fields, buffer estimate and warnings. */
    static Compiled assemble(List<OutPart> parts, List<Problem> warnings) {
        int largest = parts.stream()
                .mapToInt(p -> p instanceof OutPart.Templated t ? t.estimate() : 0)
                .max()
                .orElse(0);
        return new Compiled(parts, Fields.of(parts), largest + largest / 2 + 4096, warnings);
    }

    /** {@code [Content_Types].xml} first, then by name. */
    private static Map<String, byte[]> ordered(Map<String, byte[]> entries) {
        Map<String, byte[]> sorted = new TreeMap<>((a, b) ->
                a.equals(b) ? 0 : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        sorted.putAll(entries);
        return sorted;
    }

    /** A templated part; {@code maxLoopDepth} 0 for document properties, which hold values only. */
    private static OutPart templated(
            String name, byte[] xml, List<Problem> problems, List<Problem> warnings, int maxLoopDepth) {
        return templated(
                name, xml, problems, warnings, maxLoopDepth, PartCompiler.DEFAULT_TEXT_WIDTH_EMU, new HashMap<>());
    }

    /**
     * A templated part, as {@link PartCompiler#compile(String, org.jixiao.docx.internal.tree.XmlElem, List,
     * List, int, long, Map)} compiles it.
     */
    private static OutPart templated(
            String name,
            byte[] xml,
            List<Problem> problems,
            List<Problem> warnings,
            int maxLoopDepth,
            long textWidthEmu,
            Map<String, Long> widthByReference) {
        try {
            PartPlan plan = maxLoopDepth == 0
                    ? PropsCompiler.compile(name, TreeReader.parse(xml), problems)
                    : PartCompiler.compile(
                            name,
                            TreeReader.parse(xml),
                            problems,
                            warnings,
                            maxLoopDepth,
                            textWidthEmu,
                            widthByReference);
            return new OutPart.Templated(name, plan, staticSize(plan.nodes()));
        } catch (XMLStreamException | RuntimeException e) {
            // The JDK parser reports some malformations as unchecked exceptions.
            problems.add(Problems.notWellFormed(name, e.getMessage()));
            return new OutPart.Static(name, Deflated.of(xml));
        }
    }

    /**
     * A prefix for the ids of relationships a render adds to {@code part}: {@link PartPlan#REL_ID_PREFIX},
     * lengthened until none of the part's own relationship ids starts with it.
     */
    static String relIdPrefix(Map<String, byte[]> entries, String part) {
        String rels = AttachedEntries.relsName(part);
        StringBuilder ids = new StringBuilder();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().equalsIgnoreCase(rels)) {
                byte[] b = e.getValue();
                boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF);
                String xml = new String(b, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
                Matcher m = ID.matcher(xml);
                while (m.find()) {
                    ids.append(' ').append(m.group(1));
                }
            }
        }
        String prefix = PartPlan.REL_ID_PREFIX;
        while (ids.indexOf(' ' + prefix) >= 0) {
            prefix += "x";
        }
        return prefix;
    }

    /** Reports markers in the targets of relationships part {@code name}. */
    private static void links(String name, byte[] xml, List<Problem> problems) {
        try {
            LinkTargets.check(name, TreeReader.parse(xml), problems);
        } catch (XMLStreamException | RuntimeException e) {
            problems.add(Problems.notWellFormed(name, e.getMessage()));
        }
    }

    /** The footnotes and endnotes parts of the main document: true for endnotes. */
    private static Map<String, Boolean> notesParts(DocxPackage pkg) {
        Map<String, Boolean> out = new TreeMap<>();
        for (PartRels.Rel r : PartRels.of(pkg, pkg.mainPart())) {
            if (r.type().equalsIgnoreCase("footnotes") || r.type().equalsIgnoreCase("endnotes")) {
                out.put(r.target(), r.type().equalsIgnoreCase("endnotes"));
            }
        }
        return out;
    }

    /**
     * Compiles the notes parts into their places (null) in {@code parts}, knowing how the other
     * parts refer to their notes, then gives each reference its note.
     */
    private static void notes(
            List<OutPart> parts,
            Map<String, byte[]> entries,
            Map<String, Boolean> notesParts,
            List<Problem> problems,
            List<Problem> warnings,
            int maxLoopDepth) {
        List<Map<Integer, Note>> byKind = List.of(new HashMap<>(), new HashMap<>());
        List<String> names = new ArrayList<>(ordered(entries).keySet());
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null) {
                continue;
            }
            String name = names.get(i);
            boolean endnote = notesParts.get(name);
            byte[] xml = entries.get(name);
            try {
                NotesCompiler.Result r = NotesCompiler.compile(
                        name,
                        TreeReader.parse(xml),
                        NoteLinks.references(parts, endnote),
                        problems,
                        warnings,
                        maxLoopDepth);
                byKind.get(endnote ? 1 : 0).putAll(r.notes());
                parts.set(
                        i,
                        new OutPart.Templated(
                                name, r.plan(), staticSize(r.plan().nodes())));
            } catch (XMLStreamException | RuntimeException e) {
                // The JDK parser reports some malformations as unchecked exceptions.
                problems.add(Problems.notWellFormed(name, e.getMessage()));
                parts.set(i, new OutPart.Static(name, Deflated.of(xml)));
            }
        }
        NoteLinks.attach(parts, byKind.get(0), byKind.get(1));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof OutPart.Templated t) {
                // the notes a part refers to now count in its size, as in a plan read back
                parts.set(
                        i,
                        new OutPart.Templated(
                                t.name(), t.plan(), staticSize(t.plan().nodes())));
            }
        }
    }

    private static OutPart statik(String name, byte[] bytes) {
        if (name.endsWith(".xml") && !name.equals(CONTENT_TYPES)) {
            try {
                bytes = SchemaOrder.sorted(bytes);
            } catch (XMLStreamException | RuntimeException e) {
                // The pre-flight accepted the part; one this reader refuses is copied as it is, as always.
            }
        }
        if (name.equals(CONTENT_TYPES)) {
            // A template saved as .dotx would otherwise make every output a template too.
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (s.contains(TEMPLATE_TYPE)) {
                bytes = s.replace(TEMPLATE_TYPE, "wordprocessingml.document.main+xml")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return new OutPart.Static(name, Deflated.of(bytes));
    }

    /** The bytes of static XML in a plan, counting loop bodies once. */
    static int staticSize(Node[] nodes) {
        int n = 0;
        for (Node node : nodes) {
            if (node instanceof Lit l) {
                n += l.bytes().length;
            } else if (node instanceof Cell c) {
                n += c.open().length + c.close().length;
            } else if (node instanceof MergeCell m) {
                n += m.open().length + m.tcPrHead().length + m.tcPrTail().length + m.close().length;
            } else if (node instanceof ListPara lp) {
                n += lp.before().length + lp.after().length;
            } else if (node instanceof NoteRef r && r.note() != null) {
                n += staticSize(r.note().body());
            }
            n += staticSize(node.body());
        }
        return n;
    }
}
