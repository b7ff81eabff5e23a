// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.Image;
import org.jixiao.docx.Link;
import org.jixiao.docx.internal.xml.XmlChars;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.validation.Problem;

/**
 * Checks a whole data tree before rendering: only Map (with String keys), List, String,
 * BigDecimal, Integer, Long, Boolean, LocalDate, Image (PNG or JPEG) and Link (an allowed
 * address) are allowed, never Double or Float; no string
 * (key or value) may hold a character XML cannot; nesting is bounded, which also stops cycles.
 * Paths are only built for problems, so a clean tree costs no allocation per value.
 */
final class DataCheck {
    static final int MAX_DEPTH = 64;

    private final List<Problem> problems;
    private final int limit;
    /** The path to the current value: String keys and Integer indexes. */
    private final List<Object> segments = new ArrayList<>();

    private DataCheck(List<Problem> problems, int limit) {
        this.problems = problems;
        this.limit = limit;
    }

    /** Adds the tree's problems to {@code problems}, stopping at {@code limit} entries. */
    static void check(Map<String, ?> root, List<Problem> problems, int limit) {
        new DataCheck(problems, limit).map(root);
    }

    private void value(Object v) {
        if (problems.size() >= limit
                || v == null
                || v instanceof String
                || v instanceof Boolean
                || v instanceof Integer
                || v instanceof Long
                || v instanceof BigDecimal
                || v instanceof LocalDate) {
            if (v instanceof String s) {
                text(s);
            }
            return;
        }
        if (v instanceof Image image) {
            byte[] bytes = image.bytes();
            if (PictureFormat.of(bytes) == null) {
                add(DataCode.IMAGE_UNSUPPORTED, PictureFormat.head(bytes));
            }
            return;
        }
        if (v instanceof Link link) {
            text(link.text());
            text(link.url());
            Catalogue.Worded why = LinkRule.refusal(link.url());
            if (why != null) {
                add(DataCode.LINK_REFUSED, shown(link.url()), why);
            }
            return;
        }
        if (segments.size() > MAX_DEPTH) {
            add(DataCode.TOO_DEEP, Integer.toString(MAX_DEPTH));
        } else if (v instanceof Map<?, ?> m) {
            map(m);
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                segments.add(i);
                value(l.get(i));
                segments.remove(segments.size() - 1);
            }
        } else if (v instanceof Double || v instanceof Float) {
            add(DataCode.FLOATING_POINT, v.toString());
        } else {
            add(DataCode.UNSUPPORTED, v.getClass().getName());
        }
    }

    private void map(Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String k)) {
                add(DataCode.KEY_NOT_STRING);
                continue;
            }
            segments.add(k);
            text(k);
            value(e.getValue());
            segments.remove(segments.size() - 1);
        }
    }

    private void text(String s) {
        int at = XmlChars.firstIllegal(s);
        if (at >= 0) {
            int cp = s.codePointAt(s.offsetByCodePoints(0, at));
            add(DataCode.ILLEGAL_CHARACTER, Integer.toString(at), DisplayText.codePoint(cp));
        }
    }

    /** An address as a message shows it: at most 80 characters, characters XML cannot hold escaped. */
    private static String shown(String url) {
        String s = XmlChars.visible(url);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private void add(DataCode code, Object... more) {
        if (problems.size() >= limit) {
            return;
        }
        String path = path();
        Object[] args = new Object[more.length + 1];
        args[0] = path;
        System.arraycopy(more, 0, args, 1, more.length);
        problems.add(code.atPointer(pointer(), null, args));
    }

    /** The JSON Pointer of the current value, built from the keys themselves. */
    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object s : segments) {
            JsonPointer.append(pointer, s.toString());
        }
        return pointer.toString();
    }

    private String path() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(XmlChars.visible((String) s));
            }
        }
        return sb.length() == 0 ? "$" : sb.toString();
    }
}
