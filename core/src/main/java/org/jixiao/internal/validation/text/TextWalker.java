// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.Improvement;
import org.jixiao.report.Item;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.Report;
import org.jixiao.report.Table;

/**
 * Finds every string of a report, in document order, by walking its records' components, lists and
 * maps ({@code Report.sections}) by reflection: a new component is covered without a change here. Null components and elements are skipped (they are
 * {@code @NotNull}'s business).
 *
 * <p>The components of each record class are looked up once ({@link ClassValue}), not per report; a
 * site's JSON Pointer is built only when a rule asks for it (see {@link TextSite.Location}).
 */
final class TextWalker {
    /** The components that hold an item's title, which the engine numbers. */
    private static final Map<Class<?>, Set<String>> TITLES = Map.of(
            Item.class, Set.of("title"),
            PerformanceGoal.class, Set.of("title"),
            Improvement.class, Set.of("measure"));

    /** An accessor's arguments: one shared empty array rather than a new one per varargs call. */
    private static final Object[] NO_ARGUMENTS = {};

    /** A record class's components in declaration order; never modified. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            Set<String> titles = TITLES.getOrDefault(type, Set.of());
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                TextSite.Kind kind = titles.contains(name) ? TextSite.Kind.TITLE : TextSite.Kind.FIELD;
                result[i] = new Component(name, components[i].getAccessor(), kind);
            }
            return result;
        }
    };

    /**
     * One record component.
     *
     * @param kind what a string in this component is
     */
    private record Component(String name, Method accessor, TextSite.Kind kind) {}

    private TextWalker() {}

    static List<TextSite> sites(Report report) {
        List<TextSite> sites = new ArrayList<>();
        walkRecord(report, TextSite.Location.ROOT, sites);
        return sites;
    }

    private static void walkRecord(Record record, TextSite.Location location, List<TextSite> sites) {
        // the strings in a table's lists are its cells; in any other record's lists, paragraphs
        TextSite.Kind elementKind = record instanceof Table ? TextSite.Kind.CELL : TextSite.Kind.PARAGRAPH;
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value = read(component, record);
            if (value instanceof String text) {
                sites.add(new TextSite(location.child(component.name()), text, component.kind()));
            } else if (value instanceof Record || value instanceof List<?> || value instanceof Map<?, ?>) {
                walkValue(value, location.child(component.name()), sites, elementKind);
            }
        }
    }

    private static void walkValue(
            Object value, TextSite.Location location, List<TextSite> sites, TextSite.Kind elementKind) {
        if (value instanceof Record record) {
            walkRecord(record, location, sites);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element instanceof String text) {
                    sites.add(new TextSite(location.child(i), text, elementKind));
                } else if (element instanceof Record || element instanceof List<?>) {
                    walkValue(element, location.child(i), sites, elementKind);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            // Report.sections: the values are records, in the map's (the input's) order
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String key && entry.getValue() instanceof Record record) {
                    walkRecord(record, location.child(key), sites);
                }
            }
        }
    }

    private static Object read(Component component, Record record) {
        try {
            return component.accessor().invoke(record, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + record.getClass().getName() + "." + component.name(), e);
        }
    }
}
