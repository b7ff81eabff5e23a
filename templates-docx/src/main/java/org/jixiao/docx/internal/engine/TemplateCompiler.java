// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.internal.compile.LinkTargets;
import org.jixiao.docx.internal.compile.NotesCheck;
import org.jixiao.docx.internal.compile.PartCompiler;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.compile.PropsCompiler;
import org.jixiao.docx.internal.compile.SchemaOrder;
import org.jixiao.docx.internal.load.Docx4jGate;
import org.jixiao.docx.internal.load.Entries;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.MergeCell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Para;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.plan.Row;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.Table;
import org.jixiao.docx.internal.preflight.PreflightLimits;
import org.jixiao.docx.internal.preflight.TemplatePreflight;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.validation.Problem;

/**
 * Compile pipeline: pre-flight (TemplatePreflight) → read the entries under limits, leaving out the
 * relationships the pre-flight detached (a local attached template) → docx4j gate (loads, every part
 * unmarshals) → for the main document, headers and footers: parse (StAX, no DTD), normalise, compile
 * to a plan, loops no deeper than {@link RenderLimits#maxLoopDepth}; every other part is deflated once
 * and kept, the WordprocessingML ones (styles, numbering, footnotes…) with their properties put in
 * schema order first ({@link SchemaOrder}). Relationship targets, footnotes, endnotes and comments are
 * checked for markers, which they cannot hold. All problems are collected and thrown together; the
 * pre-flight's and the compiler's warnings are kept with the result.
 */
public final class TemplateCompiler {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Document properties that may hold value placeholders. */
    private static final Set<String> PROPERTIES =
            Set.of("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml");

    private static final String TEMPLATE_TYPE = "wordprocessingml.template.main+xml";

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
        Map<String, byte[]> entries;
        try {
            entries = Entries.read(docx);
            Detacher.apply(entries, pre.detached());
        } catch (IOException | Entries.Rejected | XMLStreamException e) {
            throw new TemplateException(
                    List.of(Problems.Code.PACKAGE_UNREADABLE.at("", "", "", e.getMessage(), e.getMessage())));
        }
        Docx4jGate.Result gate = Docx4jGate.check(docx, entries);
        if (!gate.problems().isEmpty()) {
            throw new TemplateException(gate.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>(pre.warnings());
        List<OutPart> parts = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : ordered(entries).entrySet()) {
            String name = e.getKey();
            if (name.equals(gate.mainPart()) || gate.headersAndFooters().contains(name)) {
                parts.add(templated(name, e.getValue(), problems, warnings, limits.maxLoopDepth()));
            } else if (PROPERTIES.contains(name) && new String(e.getValue(), StandardCharsets.UTF_8).contains("{{")) {
                parts.add(templated(name, e.getValue(), problems, warnings, 0));
            } else {
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".rels")) {
                    links(name, e.getValue(), problems);
                } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") && mayHoldMarkers(e.getValue())) {
                    notes(name, e.getValue(), problems);
                }
                parts.add(statik(name, e.getValue()));
            }
        }
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
        try {
            PartPlan plan = maxLoopDepth == 0
                    ? PropsCompiler.compile(name, TreeReader.parse(xml), problems)
                    : PartCompiler.compile(name, TreeReader.parse(xml), problems, warnings, maxLoopDepth);
            return new OutPart.Templated(name, plan, staticSize(plan.nodes()));
        } catch (XMLStreamException | RuntimeException e) {
            // The JDK parser reports some malformations as unchecked exceptions.
            problems.add(Problems.notWellFormed(name, e.getMessage()));
            return new OutPart.Static(name, Deflated.of(xml));
        }
    }

    /** Reports markers in the targets of relationships part {@code name}. */
    private static void links(String name, byte[] xml, List<Problem> problems) {
        try {
            LinkTargets.check(name, TreeReader.parse(xml), problems);
        } catch (XMLStreamException | RuntimeException e) {
            problems.add(Problems.notWellFormed(name, e.getMessage()));
        }
    }

    /** Whether {@code xml} may hold a marker: {@code {{} in UTF-8, or UTF-16 (byte-order mark), read to tell. */
    private static boolean mayHoldMarkers(byte[] xml) {
        boolean utf16 = xml.length >= 2
                && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
                        || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE));
        return utf16 || new String(xml, StandardCharsets.UTF_8).contains("{{");
    }

    /** Reports markers in footnotes, endnotes and comments, which are not templated. */
    private static void notes(String name, byte[] xml, List<Problem> problems) {
        try {
            var root = TreeReader.parse(xml);
            if (NotesCheck.applies(root)) {
                NotesCheck.check(name, root, problems);
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Not every part is XML a tree is read from (the gate has loaded the package); nothing to check.
        }
    }

    private static OutPart statik(String name, byte[] bytes) {
        if (name.endsWith(".xml") && !name.equals(CONTENT_TYPES)) {
            try {
                bytes = SchemaOrder.sorted(bytes);
            } catch (XMLStreamException | RuntimeException e) {
                // Pre-flight and docx4j accepted the part; one this reader refuses is copied as it is, as always.
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
            } else if (node instanceof Para p) {
                n += staticSize(p.body());
            } else if (node instanceof Section sec) {
                n += staticSize(sec.body());
            } else if (node instanceof Row r) {
                n += staticSize(r.body());
            } else if (node instanceof Table t) {
                n += staticSize(t.body());
            } else if (node instanceof Cell c) {
                n += c.open().length + c.close().length + staticSize(c.body());
            } else if (node instanceof MergeCell m) {
                n += m.open().length
                        + m.tcPrHead().length
                        + m.tcPrTail().length
                        + m.close().length
                        + staticSize(m.body());
            } else if (node instanceof ListPara lp) {
                n += lp.before().length + lp.after().length;
            }
        }
        return n;
    }
}
