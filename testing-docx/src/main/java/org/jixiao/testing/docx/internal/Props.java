// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of shown properties: {@code key=value}, or a bare {@code key} for a flag that is on.
 * Insertion order is the display order, fixed by the reader that fills it.
 */
final class Props {
    static final Props EMPTY = new Props();

    private final Map<String, String> map = new LinkedHashMap<>();

    /** Adds {@code key=value}; a null value is ignored. */
    Props put(String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    /** Adds a bare {@code key} (a flag that is on). */
    Props flag(String key) {
        map.put(key, null);
        return this;
    }

    /** Adds an OOXML on/off element: absent → nothing, on → {@code key}, off → {@code key=0}. */
    Props onOff(String key, String val, boolean present) {
        if (!present) {
            return this;
        }
        return isOn(val) ? flag(key) : put(key, "0");
    }

    static boolean isOn(String val) {
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    /** True when {@code key} is present as a bare flag (on). */
    boolean isFlag(String key) {
        return map.containsKey(key) && map.get(key) == null;
    }

    boolean isEmpty() {
        return map.isEmpty();
    }

    /** {@code k=v k2 k3="a b"}. */
    String render() {
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(item(k, v)));
        return String.join(" ", out);
    }

    /** What changes from {@code base} to this: changed or new keys as {@code k=v}, dropped keys as {@code -k}. */
    String diffFrom(Props base) {
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> {
            if (!base.map.containsKey(k) || !same(base.map.get(k), v)) {
                out.add(item(k, v));
            }
        });
        base.map.keySet().stream().filter(k -> !map.containsKey(k)).forEach(k -> out.add("-" + k));
        return String.join(" ", out);
    }

    /** The keys {@link #diffFrom} names, without values: the closing mark. */
    String keysDiffFrom(Props base) {
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> {
            if (!base.map.containsKey(k) || !same(base.map.get(k), v)) {
                out.add(k);
            }
        });
        base.map.keySet().stream().filter(k -> !map.containsKey(k)).forEach(k -> out.add("-" + k));
        return String.join(" ", out);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String item(String k, String v) {
        return v == null ? k : k + "=" + quote(v);
    }

    /** Quotes a value that is empty or holds a space or a mark character. */
    static String quote(String v) {
        boolean plain = !v.isEmpty();
        for (int i = 0; i < v.length() && plain; i++) {
            char c = v.charAt(i);
            plain = !(Character.isWhitespace(c)
                    || c == '"'
                    || c == '{'
                    || c == '}'
                    || c == '['
                    || c == ']'
                    || c == '|'
                    || c == '='
                    || c == '<'
                    || c == '>');
        }
        return plain ? v : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Props p && p.map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}
