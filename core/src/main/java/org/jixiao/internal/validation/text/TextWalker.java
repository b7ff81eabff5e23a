// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.report.Improvement;
import org.jixiao.report.Item;
import org.jixiao.report.KeyProject;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.Report;
import org.jixiao.report.Table;

/**
 * Finds every printed string of a report, in document order, by walking its records' components,
 * lists and maps ({@code Report.sections}) by reflection: a new component is covered without a change
 * here. The strings in a {@link Table}'s lists are {@link TextSite.Kind#CELL cells}. Null components and elements are
 * skipped (they are {@code @NotNull}'s business), and so is {@code Report.description}, which is never
 * printed. {@link #rewrite} makes a copy of a report with strings replaced.
 *
 * <p>The components of each record class are looked up once ({@link ClassValue}), not per report; a
 * site's JSON Pointer is built only when a rule asks for it (see {@link TextSite.Location}).
 */
final class TextWalker {
    /** The components the template numbers with {@code {{@n|…}}}. */
    private static final Map<Class<?>, Set<String>> NUMBERED = Map.of(
            Item.class, Set.of("title"),
            PerformanceGoal.class, Set.of("title"),
            Improvement.class, Set.of("measure"),
            KeyProject.class, Set.of("name"));

    /** The components that are never printed: no text rule looks at them and no fix changes them. */
    private static final Map<Class<?>, Set<String>> UNPRINTED = Map.of(Report.class, Set.of("description"));

    /** An accessor's arguments: one shared empty array rather than a new one per varargs call. */
    private static final Object[] NO_ARGUMENTS = {};

    /** A record class's printed components in declaration order, and its canonical constructor. */
    private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            Set<String> numbered = NUMBERED.getOrDefault(type, Set.of());
            Set<String> unprinted = UNPRINTED.getOrDefault(type, Set.of());
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                TextSite.Kind kind = numbered.contains(name) ? TextSite.Kind.NUMBERED : TextSite.Kind.FIELD;
                result[i] = new Component(name, components[i].getAccessor(), kind, !unprinted.contains(name));
                types[i] = components[i].getType();
            }
            try {
                return new RecordType(result, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor in " + type.getName(), e);
            }
        }
    };

    /**
     * One record component.
     *
     * @param kind what a string in this component is
     * @param printed false for a component no rule looks at
     */
    private record Component(String name, Method accessor, TextSite.Kind kind, boolean printed) {}

    /** A record class: its components, never modified, and its canonical constructor. */
    private record RecordType(Component[] components, Constructor<?> canonical) {}

    private TextWalker() {}

    static List<TextSite> sites(Report report) {
        List<TextSite> sites = new ArrayList<>();
        rewriteRecord(report, TextSite.Location.ROOT, site -> {
            sites.add(site);
            return site.text();
        });
        return sites;
    }

    /**
     * A copy of the report in which each printed string is what {@code replacement} returns for its
     * site, in document order. Records and lists on the way to a changed string are rebuilt (records
     * through their canonical constructors); everything else is the same instance, so the copy's JSON
     * differs from the report's at the changed strings only. The report itself when nothing changed.
     */
    static Report rewrite(Report report, Function<TextSite, String> replacement) {
        return (Report) rewriteRecord(report, TextSite.Location.ROOT, replacement);
    }

    private static Record rewriteRecord(
            Record record, TextSite.Location location, Function<TextSite, String> replacement) {
        RecordType type = TYPES.get(record.getClass());
        Component[] components = type.components();
        // the strings in a table's lists are its cells; in any other record's lists, paragraphs
        TextSite.Kind elementKind = record instanceof Table ? TextSite.Kind.CELL : TextSite.Kind.PARAGRAPH;
        Object[] values = null; // made on the first change
        for (int i = 0; i < components.length; i++) {
            Component component = components[i];
            if (!component.printed()) {
                continue;
            }
            Object value = read(component, record);
            Object rewritten = value;
            if (value instanceof String text) {
                rewritten = replacement.apply(new TextSite(location.child(component.name()), text, component.kind()));
            } else if (value instanceof Record || value instanceof List<?> || value instanceof Map<?, ?>) {
                rewritten = rewriteValue(value, location.child(component.name()), replacement, elementKind);
            }
            if (rewritten != value) {
                if (values == null) {
                    values = new Object[components.length];
                    for (int j = 0; j < components.length; j++) {
                        values[j] = read(components[j], record);
                    }
                }
                values[i] = rewritten;
            }
        }
        return values == null ? record : construct(type, values);
    }

    private static Object rewriteValue(
            Object value,
            TextSite.Location location,
            Function<TextSite, String> replacement,
            TextSite.Kind elementKind) {
        if (value instanceof Record record) {
            return rewriteRecord(record, location, replacement);
        }
        if (value instanceof Map<?, ?> map) {
            return rewriteMap(map, location, replacement);
        }
        List<?> list = (List<?>) value;
        List<Object> copy = null; // made on the first change
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            Object rewritten = element;
            if (element instanceof String text) {
                rewritten = replacement.apply(new TextSite(location.child(i), text, elementKind));
            } else if (element instanceof Record || element instanceof List<?>) {
                rewritten = rewriteValue(element, location.child(i), replacement, elementKind);
            }
            if (rewritten != element) {
                if (copy == null) {
                    copy = new ArrayList<>(list);
                }
                copy.set(i, rewritten);
            }
        }
        return copy == null ? list : copy;
    }

    /** Report.sections: records keyed by section id, walked in the map's (the input's) order. */
    private static Object rewriteMap(
            Map<?, ?> map, TextSite.Location location, Function<TextSite, String> replacement) {
        Map<Object, Object> copy = null; // made on the first change
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() instanceof String key && entry.getValue() instanceof Record record) {
                Record rewritten = rewriteRecord(record, location.child(key), replacement);
                if (rewritten != record) {
                    if (copy == null) {
                        copy = new LinkedHashMap<>(map);
                    }
                    copy.put(key, rewritten);
                }
            }
        }
        return copy == null ? map : copy;
    }

    private static Object read(Component component, Record record) {
        try {
            return component.accessor().invoke(record, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + record.getClass().getName() + "." + component.name(), e);
        }
    }

    private static Record construct(RecordType type, Object[] values) {
        try {
            return (Record) type.canonical().newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot copy " + type.canonical().getDeclaringClass().getName(), e);
        }
    }
}
