// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.Report;

/**
 * Orders JSON Pointers as their targets appear in the document: record components in declaration order
 * (which follows the official outline), list elements by index, a parent before its children — so
 * {@code /goals/2} comes before {@code /goals/10} and {@code /cover} before {@code /profile}. The entries
 * of a map ({@code Report.sections}) have equal keys here: callers order them by their pointers.
 */
final class DocumentOrder {
    /** Where unknown names sort: after every known sibling. */
    private static final int UNKNOWN = Integer.MAX_VALUE;

    /** A record class's components by name, looked up once per class. */
    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Component> byName = new HashMap<>();
            for (int c = 0; c < components.length; c++) {
                byName.put(components[c].getName(), new Component(c, components[c].getGenericType()));
            }
            return Map.copyOf(byName);
        }
    };

    /**
     * @param index the component's position in the declaration
     * @param type its declared type
     */
    private record Component(int index, Type type) {}

    private DocumentOrder() {}

    /** The sort key of a pointer into a {@link Report}; compare keys with {@link #compare}. */
    static int[] key(String pointer) {
        List<String> segments = JsonPointer.segments(pointer);
        int[] key = new int[segments.size()];
        Type type = Report.class;
        for (int i = 0; i < key.length; i++) {
            String segment = segments.get(i);
            Class<?> raw = raw(type);
            if (raw != null && raw.isRecord()) {
                Component component = COMPONENTS.get(raw).get(segment);
                key[i] = component != null ? component.index() : UNKNOWN;
                type = component != null ? component.type() : null;
            } else if (raw != null && List.class.isAssignableFrom(raw)) {
                key[i] = index(segment);
                type = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
            } else if (raw != null && Map.class.isAssignableFrom(raw)) {
                // a map's keys (Report.sections) sort after one another by their pointers; inside a
                // value, its components are in declaration order again
                key[i] = UNKNOWN;
                type = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : null;
            } else {
                key[i] = index(segment);
                type = null;
            }
        }
        return key;
    }

    /** Lexicographic, a prefix first. */
    static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
