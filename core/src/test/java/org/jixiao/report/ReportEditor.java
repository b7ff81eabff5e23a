// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.JsonPointer;

/**
 * Copies of a report with one value changed, addressed by JSON Pointer: {@code set(report,
 * "/expenditure/budget/total", Money.tenThousandYuan("4659.18"))}. Records are rebuilt through their
 * canonical constructors; a list index equal to the list's size appends; a map key not in the map
 * ({@code /sections/profile.goals}) adds it.
 */
public final class ReportEditor {
    private ReportEditor() {}

    public static Report set(Report report, String pointer, Object value) {
        return (Report) set(report, JsonPointer.segments(pointer), 0, value, false);
    }

    /** Removes the list element or the map entry the pointer names. */
    public static Report remove(Report report, String pointer) {
        return (Report) set(report, JsonPointer.segments(pointer), 0, null, true);
    }

    private static Object set(Object node, List<String> path, int depth, Object value, boolean remove) {
        if (depth == path.size()) {
            return value;
        }
        String segment = path.get(depth);
        if (node instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                args[i] = read(components[i], record);
                if (components[i].getName().equals(segment)) {
                    args[i] = set(args[i], path, depth + 1, value, remove);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(
                        "No component " + segment + " in " + record.getClass().getSimpleName());
            }
            return construct(record.getClass(), components, args);
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            if (remove && depth == path.size() - 1) {
                copy.remove(segment);
            } else {
                copy.put(segment, set(copy.get(segment), path, depth + 1, value, remove));
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            int index = Integer.parseInt(segment);
            List<Object> copy = new ArrayList<>(list);
            if (remove && depth == path.size() - 1) {
                copy.remove(index);
            } else if (index == copy.size()) {
                copy.add(set(null, path, depth + 1, value, remove));
            } else {
                copy.set(index, set(copy.get(index), path, depth + 1, value, remove));
            }
            return copy;
        }
        throw new IllegalArgumentException("Cannot go into " + node + " at " + segment);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        try {
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
