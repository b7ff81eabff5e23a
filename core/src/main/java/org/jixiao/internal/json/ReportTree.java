// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as a plain tree with the shape of its JSON: records become {@link LinkedHashMap}s in
 * component order, lists {@link ArrayList}s, maps {@link LinkedHashMap}s in key order (as written),
 * enums their constant names, dates ISO strings; strings,
 * {@link BigDecimal}s (scale kept), {@link Integer}s and {@link Boolean}s stay as they are. Null
 * components are left out; lists and maps are always there, empty when the report has none (a
 * template placing a list needs no guard for "none"); null list elements and map values stay null.
 */
public final class ReportTree {
    private ReportTree() {}

    /** The tree of a record. */
    public static Map<String, Object> of(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
            if (value == null) {
                continue;
            }
            map.put(c.getName(), node(value));
        }
        return map;
    }

    private static Object node(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof BigDecimal
                || value instanceof Integer
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Record r) {
            return of(r);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(node(o));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.keySet().stream().map(String.class::cast).sorted().forEach(key -> out.put(key, node(map.get(key))));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        throw new IllegalStateException(
                "no tree form for a component of type " + value.getClass().getName());
    }
}
