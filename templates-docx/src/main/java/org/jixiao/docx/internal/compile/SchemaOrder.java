// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Puts the children of the WordprocessingML elements with a fixed sequence that a template carries
 * into the order of ISO/IEC 29500-4's {@code wml.xsd} ({@link SchemaSequences}), which Word enforces
 * and LibreOffice does not: the properties {@code w:pPr}, {@code w:rPr}, {@code w:tblPr},
 * {@code w:tblPrEx}, {@code w:trPr}, {@code w:tcPr}, {@code w:sectPr} and those inside them, and the
 * styles, numbering definitions, fonts and settings. LibreOffice 7.4 saves a section break's
 * {@code w:sectPr} before the paragraph's {@code w:pStyle}, and the engine copies what the template
 * has. Where the schema allows any order (the run properties inside {@code w:rPr}, the row properties
 * inside {@code w:trPr}, header and footer references) the order used is one of those allowed.
 *
 * <p>Children the schema does not declare there stay right after the child before them (first, if
 * they come first): Word's extensions in namespaces the part marks {@code mc:Ignorable} (w14, w15…),
 * which consumers that do not know them drop, and elements of later versions. An
 * {@code mc:AlternateContent} is placed where its {@code mc:Fallback}'s first element belongs, the
 * standard form every other reader gets; without one it stays like an unknown element. Children
 * already in order are not moved, nor is the white space between them: a template in order compiles
 * as before, and a part copied as it is keeps its bytes.
 */
public final class SchemaOrder {
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** {@link SchemaSequences#ORDER} as positions: element → child → index. */
    private static final Map<String, Map<String, Integer>> RANKS = ranks();

    private SchemaOrder() {}

    /** Puts the children of every element in {@code root}'s subtree in schema order; returns whether any moved. */
    static boolean sortAll(XmlElem root) {
        Map<String, Integer> ranks = root.ns.equals(Ns.W) ? RANKS.get(root.local) : null;
        boolean moved = ranks != null && sort(root, ranks);
        for (XmlNode n : root.children) {
            if (n instanceof XmlElem e) {
                moved |= sortAll(e);
            }
        }
        return moved;
    }

    /**
     * A part the engine copies as it is (styles, numbering, footnotes…) with its properties in schema
     * order: {@code xml} itself when its root is no {@code w:} element or nothing had to move, else the
     * part written again (without comments, which the copy would have kept).
     *
     * @throws XMLStreamException when {@code xml} is not well-formed, or unsafe for {@link TreeReader}
     */
    public static byte[] sorted(byte[] xml) throws XMLStreamException {
        XmlElem root = TreeReader.parse(xml);
        if (!root.ns.equals(Ns.W) || !sortAll(root)) {
            return xml;
        }
        StringBuilder sb = new StringBuilder(TreeWriter.DECLARATION);
        TreeWriter.write(sb, root);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code child} goes before {@code other} among the children of {@code element} (local
     * names of {@code w:} elements); false when either is not a child the schema declares there.
     */
    static boolean before(String element, String child, String other) {
        Map<String, Integer> ranks = RANKS.get(element);
        Integer a = ranks == null ? null : ranks.get(child);
        Integer b = ranks == null ? null : ranks.get(other);
        return a != null && b != null && a < b;
    }

    /** Sorts the element children of {@code e} by rank, stably; text nodes keep their places. Whether any moved. */
    private static boolean sort(XmlElem e, Map<String, Integer> ranks) {
        List<Integer> slots = new ArrayList<>();
        List<Ranked> children = new ArrayList<>();
        int previous = -1;
        boolean sorted = true;
        for (int i = 0; i < e.children.size(); i++) {
            if (e.children.get(i) instanceof XmlElem c) {
                Integer own = rank(c, ranks);
                int rank = own != null ? own : previous; // undeclared: stays after the child before it
                sorted &= rank >= previous;
                previous = rank;
                slots.add(i);
                children.add(new Ranked(c, rank));
            }
        }
        if (sorted) {
            return false;
        }
        children.sort(Comparator.comparingInt(Ranked::rank)); // List.sort is stable
        for (int k = 0; k < slots.size(); k++) {
            e.children.set(slots.get(k), children.get(k).element());
        }
        return true;
    }

    /** The schema position of {@code c}, or null when the schema does not declare it there. */
    private static Integer rank(XmlElem c, Map<String, Integer> ranks) {
        if (c.ns.equals(Ns.W)) {
            return ranks.get(c.local);
        }
        if (c.is(MC, "AlternateContent")) {
            for (XmlElem k : c.elements()) {
                if (k.is(MC, "Fallback")) {
                    List<XmlElem> fallback = k.elements();
                    return fallback.isEmpty() ? null : rank(fallback.get(0), ranks);
                }
            }
        }
        return null;
    }

    private record Ranked(XmlElem element, int rank) {}

    private static Map<String, Map<String, Integer>> ranks() {
        Map<String, Map<String, Integer>> all = new HashMap<>();
        SchemaSequences.ORDER.forEach((element, children) -> {
            Map<String, Integer> ranks = new HashMap<>();
            for (int i = 0; i < children.size(); i++) {
                ranks.put(children.get(i), i);
            }
            all.put(element, Map.copyOf(ranks));
        });
        return Map.copyOf(all);
    }
}
