// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.Ns;

/**
 * Cyclic {@code w:basedOn} in a styles part: a style based on itself or A → B → A sends docx4j
 * 11.5.13's property resolver into a {@code StackOverflowError} (CVE-2026-53752, docx4j#547). Keep
 * this check after upgrading. Each cycle is reported once, naming its style ids from the smallest.
 * Iterative, so a chain of any length costs no stack.
 */
final class StyleCycles implements PartVisitor {
    private final String part;
    /** styleId → every basedOn it is given (a duplicated id may carry several). */
    private final Map<String, Set<String>> basedOn = new TreeMap<>();

    private String current;

    StyleCycles(String part) {
        this.part = part;
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (!ns.equals(Ns.W)) {
            return;
        }
        if (local.equals("style")) {
            current = r.getAttributeValue(r.getNamespaceURI(), "styleId");
            if (current != null) {
                basedOn.computeIfAbsent(current, k -> new LinkedHashSet<>());
            }
        } else if (local.equals("basedOn") && current != null) {
            String val = r.getAttributeValue(r.getNamespaceURI(), "val");
            if (val != null) {
                basedOn.get(current).add(val);
            }
        }
    }

    @Override
    public void end(String ns, String local) {
        if (ns.equals(Ns.W) && local.equals("style")) {
            current = null;
        }
    }

    @Override
    public void finish(Findings out) {
        for (List<String> cycle : cycles()) {
            String chain = String.join(" → ", cycle) + " → " + cycle.get(0);
            String code = "template.styles.cyclic-based-on";
            out.add(TemplateProblems.error(code, code, part, "style " + cycle.get(0), chain, chain));
        }
    }

    /** Every elementary cycle found by an iterative depth-first search, rotated to start at its smallest id. */
    private List<List<String>> cycles() {
        Set<String> found = new LinkedHashSet<>();
        List<List<String>> out = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // absent = unseen, 1 = on the path, 2 = done
        for (String start : basedOn.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> next = new ArrayDeque<>();
            path.addLast(start);
            next.addLast(basedOn.getOrDefault(start, Set.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = next.peekLast();
                if (!it.hasNext()) {
                    state.put(path.removeLast(), 2);
                    next.removeLast();
                    continue;
                }
                String to = it.next();
                Integer s = state.get(to);
                if (s == null) {
                    path.addLast(to);
                    next.addLast(basedOn.getOrDefault(to, Set.of()).iterator());
                    state.put(to, 1);
                } else if (s == 1) {
                    List<String> cycle = cycleFrom(path, to);
                    if (found.add(String.join("\u0000", cycle))) {
                        out.add(cycle);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> cycleFrom(Deque<String> path, String to) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String s : path) {
            in |= s.equals(to);
            if (in) {
                cycle.add(s);
            }
        }
        int min = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).compareTo(cycle.get(min)) < 0) {
                min = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
        rotated.addAll(cycle.subList(0, min));
        return rotated;
    }
}
