// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.plan.Tags;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.validation.Problem;

/**
 * Compiles one templated part (main document, header or footer) into a {@link PartPlan}, collecting
 * every problem. Holds the state the block, paragraph and table compilers share: the emitter, the
 * normalised paragraphs and the current location. One instance per part, single-threaded.
 */
public final class PartCompiler {
    final String part;
    final Emitter emitter;
    final Tags tags;
    final String w;
    final List<Problem> problems = new ArrayList<>();
    private final Map<XmlElem, ParagraphText> paragraphs = new IdentityHashMap<>();
    final BlockCompiler blocks = new BlockCompiler(this);
    final ParagraphCompiler paras = new ParagraphCompiler(this);
    final TableCompiler tables = new TableCompiler(this);

    private int paragraphNo;
    private int tableNo;
    /**
     * The width of the page's text in EMU, to which a wider picture is scaled down: in the document's
     * body, the page width less the margins of the section being compiled (a section ends with the
     * paragraph that holds its {@code sectPr}; the last one's is the body's own); in a header or footer,
     * that of the first section that refers to it; when a section does not say (or nothing refers to
     * the header), A4 with the margins of GB/T 9704 (156 mm).
     */
    long textWidthEmu = DEFAULT_TEXT_WIDTH_EMU;

    public static final long DEFAULT_TEXT_WIDTH_EMU = 156 * 36_000L;
    private static final long EMU_PER_TWIP = 635;

    /** Whether a value may carry {@code |merge}: inside a cell of a repeated row. */
    boolean mergeAllowed;
    /** "table t, row r, cell c" while compiling a cell, else null. */
    String cellLocation;
    /** "footnote n" or "endnote n" while compiling a note, else null. */
    private String note;

    PartCompiler(String part, String prefix, int maxLoopDepth) {
        this.part = part;
        this.w = prefix;
        this.tags = Tags.forPrefix(prefix);
        this.emitter = new Emitter(problems, maxLoopDepth);
    }

    /**
     * Compiles {@code root}, the parsed part; the tree is modified. Problems are added to {@code problems},
     * among them loops nested deeper than {@code maxLoopDepth}; warnings (markers typed with full-width
     * braces) to {@code warnings}.
     */
    public static PartPlan compile(
            String part, XmlElem root, List<Problem> problems, List<Problem> warnings, int maxLoopDepth) {
        return compile(part, root, problems, warnings, maxLoopDepth, DEFAULT_TEXT_WIDTH_EMU, new HashMap<>());
    }

    /**
     * As {@link #compile(String, XmlElem, List, List, int)}, for a header or footer with the text width of
     * the section it belongs to, and for the document filling {@code widthByReference}: the relationship
     * id of each header and footer its sections refer to, with the text width of the first section that
     * does.
     *
     * @param textWidthEmu the text width of a header's or footer's section; ignored for the document
     */
    public static PartPlan compile(
            String part,
            XmlElem root,
            List<Problem> problems,
            List<Problem> warnings,
            int maxLoopDepth,
            long textWidthEmu,
            Map<String, Long> widthByReference) {
        String prefix = prefixOf(root);
        PartCompiler c = new PartCompiler(part, prefix, maxLoopDepth);
        c.textWidthEmu = textWidthEmu;
        Normaliser.cleanPart(root);
        SchemaOrder.sortAll(root);
        LeakCheck.check(part, root, c.problems, warnings);
        RunMerger.mergeAll(root);
        c.emitter.pushWrap();
        c.emitter.out().append(TreeWriter.DECLARATION);
        XmlElem body = root.isW("document") ? root.childW("body") : null;
        if (body != null) {
            TreeWriter.startTag(c.emitter.out(), root, false);
            for (var n : root.children) {
                if (n == body) {
                    TreeWriter.startTag(c.emitter.out(), body, false);
                    c.bodyBySection(body, widthByReference);
                    TreeWriter.endTag(c.emitter.out(), body);
                } else {
                    c.blocks.staticNode(n);
                }
            }
            TreeWriter.endTag(c.emitter.out(), root);
        } else {
            // A header or footer must end with a paragraph, like a cell.
            StringBuilder open = new StringBuilder();
            TreeWriter.startTag(open, root, false);
            c.emitter.pushWrap();
            c.blocks.block(root);
            Node[] inner = c.emitter.popWrap().toArray(Node[]::new);
            c.emitter.node(
                    new Cell(utf8(open.toString()), inner, utf8("<" + prefix + "p/>"), utf8("</" + root.qname + ">")));
        }
        List<Node> nodes = c.emitter.popWrap();
        problems.addAll(c.problems);
        return new PartPlan(part, nodes.toArray(Node[]::new));
    }

    /**
     * Compiles the body's blocks, each with the text width of its section: the sections' widths are read
     * first (each top-level paragraph's {@code pPr/sectPr}, then the body's own), and the width moves to
     * the next section after the paragraph that ends one.
     */
    private void bodyBySection(XmlElem body, Map<String, Long> widthByReference) {
        List<XmlElem> sections = new ArrayList<>();
        for (var n : body.children) {
            XmlElem sect = sectionEnd(n);
            if (sect != null) {
                sections.add(sect);
            }
        }
        sections.add(body.childW("sectPr"));
        List<Long> widths = new ArrayList<>();
        for (XmlElem sect : sections) {
            long width = textWidthEmu(sect);
            widths.add(width);
            if (sect != null) {
                for (var k : sect.children) {
                    if (k instanceof XmlElem ref && (ref.isW("headerReference") || ref.isW("footerReference"))) {
                        String id = ref.attr(Ns.R, "id");
                        if (id != null) {
                            widthByReference.putIfAbsent(id, width);
                        }
                    }
                }
            }
        }
        int section = 0;
        for (var n : body.children) {
            textWidthEmu = widths.get(section);
            blocks.blockChild(n);
            if (sectionEnd(n) != null) {
                section++;
            }
        }
    }

    /** The {@code sectPr} a top-level paragraph holds in its properties (it ends a section), or null. */
    private static XmlElem sectionEnd(XmlNode n) {
        if (n instanceof XmlElem p && p.isW("p")) {
            XmlElem pPr = p.childW("pPr");
            return pPr == null ? null : pPr.childW("sectPr");
        }
        return null;
    }

    /** The text width of a section's page in EMU: its width less the left and right margins. */
    private static long textWidthEmu(XmlElem sect) {
        XmlElem size = sect == null ? null : sect.childW("pgSz");
        XmlElem margins = sect == null ? null : sect.childW("pgMar");
        if (size == null || margins == null) {
            return DEFAULT_TEXT_WIDTH_EMU;
        }
        try {
            long twips = Long.parseLong(size.attr(Ns.W, "w"))
                    - Long.parseLong(margins.attr(Ns.W, "left"))
                    - Long.parseLong(margins.attr(Ns.W, "right"));
            return twips > 0 ? twips * EMU_PER_TWIP : DEFAULT_TEXT_WIDTH_EMU;
        } catch (NumberFormatException e) {
            return DEFAULT_TEXT_WIDTH_EMU; // absent, or a measure such as "11906.0": the default serves
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The WordprocessingML prefix the part uses, with its colon. */
    static String prefixOf(XmlElem root) {
        for (var a : root.attrs) {
            if (a.qname().startsWith("xmlns") && a.value().equals(Ns.W)) {
                return a.qname().equals("xmlns") ? "" : a.qname().substring(6) + ":";
            }
        }
        return root.isW(root.local) ? root.prefix() : "w:";
    }

    /** The paragraph's text and markers, normalising it on first use. */
    ParagraphText text(XmlElem p) {
        return paragraphs.computeIfAbsent(p, Normaliser::normalise);
    }

    /** Replaces the cached text after markers were stripped from it. */
    void updated(ParagraphText pt) {
        paragraphs.put(pt.paragraph, pt);
    }

    /** Called for each paragraph outside tables, in document order. */
    void enterParagraph() {
        if (cellLocation == null) {
            paragraphNo++;
        }
    }

    int nextTable() {
        return ++tableNo;
    }

    String location() {
        String place = cellLocation != null ? cellLocation : "paragraph " + paragraphNo;
        return note == null ? place : note + ", " + place;
    }

    /** Starts note {@code label} ("footnote 2"), where paragraphs and tables are counted from 1 again. */
    void startNote(String label) {
        note = label;
        paragraphNo = 0;
        tableNo = 0;
    }

    Loc loc(String snippet) {
        return new Loc(part, location(), snippet);
    }

    void report(Problems.Code code, String snippet, Object... args) {
        problems.add(code.at(part, location(), snippet, args));
    }

    void report(LexProblem p) {
        if (p.code() == Problems.Code.FORMATTER_UNKNOWN) {
            report(p.code(), p.snippet(), p.arg(), Lexer.optionNames());
        } else {
            report(p.code(), p.snippet(), p.args().toArray());
        }
    }
}
