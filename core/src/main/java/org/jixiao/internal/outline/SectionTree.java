// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.outline.Outline;
import org.jixiao.outline.OutlineSection;
import org.jixiao.report.ExtraSection;
import org.jixiao.report.Report;

/**
 * A report's sections in document order: its outline's sections with the report's extra sections
 * placed among them ({@link ExtraSection#after()} / {@link ExtraSection#under()}). Extra sections are
 * placed in the order listed, so one may be placed relative to an earlier one. Those that cannot be
 * placed are listed by index in {@link #misplaced()} (validation reports them; rendering leaves them
 * out, which it never sees because validation blocks it).
 *
 * @param roots the top-level sections
 * @param misplaced indices into {@link Report#extraSections()} of sections with no valid place
 * @param reusedIds indices of extra sections whose id is already taken
 */
public record SectionTree(List<Node> roots, List<Integer> misplaced, List<Integer> reusedIds) {

    /**
     * One section.
     *
     * @param id the section id (an extra section without an id of its own gets none: null)
     * @param section the outline's section, or null for an extra one
     * @param extra the extra section, or null for an outline section
     * @param extraIndex the extra section's index in the report, or -1
     * @param children the sub-sections, in order
     */
    public record Node(String id, OutlineSection section, ExtraSection extra, int extraIndex, List<Node> children) {
        /** Whether this is one of the report's extra sections. */
        public boolean isExtra() {
            return extra != null;
        }
    }

    /** Places the report's extra sections in its outline. */
    public static SectionTree of(Outline outline, Report report) {
        List<Node> roots = new ArrayList<>();
        Map<String, Node> byId = new HashMap<>();
        Map<Node, List<Node>> parentList = new IdentityHashMap<>();
        build(outline.sections(), roots, byId, parentList);
        List<Integer> misplaced = new ArrayList<>();
        List<Integer> reused = new ArrayList<>();
        List<ExtraSection> extras = report.extraSections();
        for (int i = 0; i < extras.size(); i++) {
            ExtraSection x = extras.get(i);
            if (x == null) {
                continue;
            }
            boolean hasAfter = x.after() != null;
            boolean hasUnder = x.under() != null;
            Node anchor = hasAfter == hasUnder ? null : byId.get(hasAfter ? x.after() : x.under());
            if (anchor == null) {
                misplaced.add(i);
                continue;
            }
            Node node = new Node(x.id(), null, x, i, new ArrayList<>());
            if (hasAfter) {
                List<Node> siblings = parentList.get(anchor);
                siblings.add(siblings.indexOf(anchor) + 1, node);
                parentList.put(node, siblings);
            } else {
                anchor.children().add(node);
                parentList.put(node, anchor.children());
            }
            if (x.id() != null) {
                if (byId.containsKey(x.id())) {
                    reused.add(i);
                } else {
                    byId.put(x.id(), node);
                }
            }
        }
        return new SectionTree(roots, List.copyOf(misplaced), List.copyOf(reused));
    }

    private static void build(
            List<OutlineSection> sections, List<Node> into, Map<String, Node> byId, Map<Node, List<Node>> parentList) {
        for (OutlineSection s : sections) {
            Node node = new Node(s.id(), s, null, -1, new ArrayList<>());
            into.add(node);
            byId.put(s.id(), node);
            parentList.put(node, into);
            build(s.sections(), node.children(), byId, parentList);
        }
    }

    /** Every section id of the tree (outline and placed extra sections), in document order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        collect(roots, ids);
        return ids;
    }

    private static void collect(List<Node> nodes, List<String> ids) {
        for (Node n : nodes) {
            if (n.id() != null) {
                ids.add(n.id());
            }
            collect(n.children(), ids);
        }
    }
}
