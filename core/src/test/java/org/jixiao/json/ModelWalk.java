// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.report.Report;

/** The types of the JSON model: every record and enum reachable from {@link Report}. */
final class ModelWalk {
    private ModelWalk() {}

    static Set<Class<?>> types() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(Report.class));
        while (!queue.isEmpty()) {
            Class<?> c = queue.poll();
            if (!seen.add(c) || !c.isRecord()) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                Class<?> k = elementClass(rc.getGenericType());
                if (k.isRecord() || k.isEnum()) {
                    queue.add(k);
                }
            }
        }
        return seen;
    }

    /** {@code Type.component} for every component of every record of the model. */
    static Set<String> componentKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Class<?> c : types()) {
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    keys.add(c.getSimpleName() + "." + rc.getName());
                }
            }
        }
        return keys;
    }

    /** The class of a component, of a list's elements or of a map's values. */
    static Class<?> elementClass(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            return elementClass(arguments[arguments.length - 1]);
        }
        return (Class<?>) t;
    }
}
