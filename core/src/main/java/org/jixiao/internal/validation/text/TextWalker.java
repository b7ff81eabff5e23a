// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.report.Improvement;
import org.jixiao.report.Item;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.Report;

/**
 * Finds every string of a report, in document order, by walking its records' components by reflection:
 * a new component is covered without a change here. Null components and elements are skipped (they are
 * {@code @NotNull}'s business).
 */
final class TextWalker {
    /** The components that hold an item's title, which the engine numbers. */
    private static final Map<Class<?>, Set<String>> TITLES = Map.of(
            Item.class, Set.of("title"),
            PerformanceGoal.class, Set.of("title"),
            Improvement.class, Set.of("measure"));

    private TextWalker() {}

    static List<TextSite> sites(Report report) {
        List<TextSite> sites = new ArrayList<>();
        walkRecord(report, "", sites);
        return sites;
    }

    private static void walkRecord(Record record, String path, List<TextSite> sites) {
        Set<String> titles = TITLES.getOrDefault(record.getClass(), Set.of());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(component, record);
            String child = JsonPointer.child(path, component.getName());
            if (value instanceof String text) {
                TextSite.Kind kind = titles.contains(component.getName()) ? TextSite.Kind.TITLE : TextSite.Kind.FIELD;
                sites.add(new TextSite(child, text, kind));
            } else {
                walkValue(value, child, sites);
            }
        }
    }

    private static void walkValue(Object value, String path, List<TextSite> sites) {
        if (value instanceof Record record) {
            walkRecord(record, path, sites);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element instanceof String text) {
                    sites.add(new TextSite(JsonPointer.child(path, i), text, TextSite.Kind.PARAGRAPH));
                } else {
                    walkValue(element, JsonPointer.child(path, i), sites);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
