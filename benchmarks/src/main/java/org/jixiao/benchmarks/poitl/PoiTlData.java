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
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * Converts jixiao's report data tree ({@code Reports.data(report)}) into the map poi-tl renders: the
 * same values, plus what jixiao's template computes at render time and poi-tl cannot. Done once, in
 * the benchmark's setup, as an OA application would build its poi-tl model once per report:
 *
 * <ul>
 *   <li>{@code key_present}: the truth of jixiao's {@code {{?key}}} (not null, false, "", an empty list
 *       or map), as a {@code Boolean}, because poi-tl's {@code {{?key}}} iterates a non-empty list;
 *   <li>{@code key_date}: jixiao's {@code {{key|date}}} (2023-05-07 → 2023年5月7日);
 *   <li>{@code n0}, {@code n1}…: in every map that is a list item, its 1-based number in each of the
 *       {@link NumberingStyle}s, jixiao's {@code {{@n|1.}}} (ordinal of the style = the digit);
 *   <li>numbers as text: {@code BigDecimal.toPlainString()}, as jixiao prints them.
 * </ul>
 */
public final class PoiTlData {
    private PoiTlData() {}

    /** The poi-tl model for {@code data}; a new tree, {@code data} is not changed. */
    public static Map<String, Object> of(Map<String, ?> data) {
        return map(data);
    }

    /** The key under which a list item carries its number in {@code style}. */
    static String numberKey(NumberingStyle style) {
        return "n" + style.ordinal();
    }

    private static Map<String, Object> map(Map<?, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : in.entrySet()) {
            String key = (String) e.getKey();
            Object value = e.getValue();
            out.put(key, value(value));
            out.put(key + "_present", present(value));
            if (value instanceof LocalDate || value instanceof String s && isIsoDate(s)) {
                out.put(key + "_date", TextFormat.DATE.apply(value));
            }
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            return map(m);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object item = value(list.get(i));
                if (item instanceof Map<?, ?>) {
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
