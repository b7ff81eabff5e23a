// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * Converts jixiao's report data tree ({@code Reports.data(report)}) into the map poi-tl renders: the
 * same values, plus what jixiao's template computes or finds at render time and poi-tl cannot, as far
 * as the translated template needs it ({@link Shape}). Done once, in the benchmark's setup, as an OA
 * application would build its poi-tl model once per report:
 *
 * <ul>
 *   <li>{@code key_present}: the truth of jixiao's {@code {{?key}}} (not null, false, "", an empty list
 *       or map), as a {@code Boolean}, because poi-tl's {@code {{?key}}} iterates a non-empty list;
 *       for the keys the template tests only;
 *   <li>{@code key_date}: jixiao's {@code {{key|date}}} (2023-05-07 → 2023年5月7日);
 *   <li>{@code n0}, {@code n1}…: in every map that is a list item, its 1-based number in each of the
 *       {@link NumberingStyle}s, jixiao's {@code {{@n|1.}}} (ordinal of the style = the digit), when the
 *       template numbers items;
 *   <li>{@link Outer outer values}: what jixiao finds outside a loop's item, copied into the item;
 *   <li>{@link Split segments}: the items of a loop {@link LoopSplit} split, grouped;
 *   <li>numbers as text: {@code BigDecimal.toPlainString()}, as jixiao prints them.
 * </ul>
 */
final class PoiTlData {
    private final Shape shape;

    private PoiTlData(Shape shape) {
        this.shape = shape;
    }

    /**
     * What a translated template needs in its model beyond jixiao's data tree.
     *
     * @param splits the loops whose items are grouped into segments
     * @param conditions the keys it tests with {@code {{?key_present}}}
     * @param numbered whether it prints item numbers ({@code {{n0}}}…)
     * @param outer the values to copy into loop items
     */
    record Shape(List<Split> splits, Set<String> conditions, boolean numbered, List<Outer> outer) {
        Shape {
            splits = List.copyOf(splits);
            conditions = Set.copyOf(conditions);
            outer = List.copyOf(outer);
        }
    }

    /**
     * A value jixiao finds outside a loop's item — {@code path}, from the root — that poi-tl, which
     * looks only in the item, needs copied into each item of the root's list {@code loop} whose
     * {@code guard} (a path in the item) is present, or into every item when {@code guard} is null.
     */
    record Outer(String loop, String guard, String path) {}

    /**
     * A loop of the root's list {@code loop} whose items are grouped into segments: each item with one
     * of the {@code separate} keys (a table item) is a segment of its own, each run of other items
     * one segment {@code {inner: [items]}}.
     */
    record Split(String loop, String inner, Set<String> separate) {
        Split {
            separate = Set.copyOf(separate);
        }
    }

    /** {@code data} with the lists of the {@code splits} grouped into segments; {@code data} is not changed. */
    static Map<String, Object> split(Map<String, ?> data, List<Split> splits) {
        Map<String, Object> out = new LinkedHashMap<>(data);
        for (Split s : splits) {
            if (out.get(s.loop()) instanceof List<?> items) {
                List<Object> segments = new ArrayList<>();
                List<Object> run = null;
                for (Object item : items) {
                    boolean separate =
                            item instanceof Map<?, ?> m && s.separate().stream().anyMatch(m::containsKey);
                    if (separate) {
                        segments.add(item);
                        run = null;
                    } else {
                        if (run == null) {
                            run = new ArrayList<>();
                            segments.add(Map.of(s.inner(), run));
                        }
                        run.add(item);
                    }
                }
                out.put(s.loop(), segments);
            }
        }
        return out;
    }

    /** The poi-tl model for {@code data}; a new tree, {@code data} is not changed. */
    static Map<String, Object> of(Map<String, ?> data, Shape shape) {
        Map<String, Object> model = new PoiTlData(shape).map(split(data, shape.splits()));
        for (Outer o : shape.outer()) {
            Object value = lookup(model, o.path());
            if (value != null && lookup(model, o.loop()) instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> m && (o.guard() == null || present(lookup(m, o.guard())))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> target = (Map<String, Object>) m;
                        put(target, o.path(), value);
                    }
                }
            }
        }
        return model;
    }

    /** The value at the dotted {@code path} in {@code tree}, or null. */
    static Object lookup(Map<?, ?> tree, String path) {
        Object v = tree;
        for (String name : path.split("\\.")) {
            v = v instanceof Map<?, ?> m ? m.get(name) : null;
        }
        return v;
    }

    /** Puts {@code value} at the dotted {@code path}, making the maps on the way (shared, not copied). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, Object value) {
        String[] names = path.split("\\.");
        Map<String, Object> m = tree;
        for (int i = 0; i < names.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(names[i], k -> new LinkedHashMap<String, Object>());
        }
        m.put(names[names.length - 1], value);
    }

    /** The key under which a list item carries its number in {@code style}. */
    static String numberKey(NumberingStyle style) {
        return "n" + style.ordinal();
    }

    private Map<String, Object> map(Map<?, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : in.entrySet()) {
            String key = (String) e.getKey();
            Object value = e.getValue();
            out.put(key, value(value));
            if (shape.conditions().contains(key)) {
                out.put(key + "_present", present(value));
            }
            if (value instanceof LocalDate || value instanceof String s && isIsoDate(s)) {
                out.put(key + "_date", TextFormat.DATE.apply(value));
            }
        }
        return out;
    }

    private Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            return map(m);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object item = value(list.get(i));
                if (shape.numbered() && item instanceof Map<?, ?>) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) item;
                    for (NumberingStyle style : NumberingStyle.values()) {
                        m.put(numberKey(style), style.format(i + 1));
                    }
                }
                out.add(item);
            }
            return out;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Number || v instanceof LocalDate) {
            return v.toString();
        }
        return v;
    }

    private static boolean present(Object v) {
        return v != null
                && !Boolean.FALSE.equals(v)
                && !(v instanceof String s && s.isEmpty())
                && !(v instanceof Collection<?> c && c.isEmpty())
                && !(v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static boolean isIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    }
}
