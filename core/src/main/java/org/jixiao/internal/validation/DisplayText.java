// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/**
 * jixiao's one escaper: text as safe, short display text for {@link org.jixiao.validation.Problem#value()},
 * messages, listings and the canonical text of documents. Characters that could corrupt, hide or reorder
 * what is shown (controls, lone surrogates, non-characters, bidi controls and the other invisible
 * format characters such as zero-width spaces) are written {@code <U+XXXX>}; line breaks and tabs
 * {@code \n}, {@code \r}, {@code \t}.
 */
public final class DisplayText {
    /** At most this many code points of a text are shown. */
    static final int MAX_SHOWN = 50;
    /** Code points shown either side of a reported position. */
    static final int WINDOW = 10;

    private static final String ELLIPSIS = "…";

    private DisplayText() {}

    /** A value of any model type as display text; null stays null. */
    public static String value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return abbreviate(text.toString());
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? "[]" : "[…]";
        }
        return abbreviate(value.toString());
    }

    /** The text escaped and cut to {@value #MAX_SHOWN} code points, with {@code …} when cut. */
    public static String abbreviate(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_SHOWN) {
            return escape(text);
        }
        return escape(text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN))) + ELLIPSIS;
    }

    /** The code points around the one at {@code position} (0-based, in code points), escaped. */
    public static String window(String text, int position) {
        Span span = windowSpan(text, position);
        return shown(text, span.from(), span.to());
    }

    /**
     * The chars {@link #window} shows: up to {@value #WINDOW} code points either side of the one at
     * {@code position} (0-based, in code points; at most the text's length).
     */
    public static Span windowSpan(String text, int position) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, position - WINDOW);
        int to = Math.min(length, position + WINDOW + 1);
        return new Span(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    /**
     * A stretch of a text, in chars.
     *
     * @param from the first char
     * @param to the char after the last
     */
    public record Span(int from, int to) {}

    /** The chars from {@code from} to {@code to}, escaped, with {@code …} where the text goes on. */
    public static String shown(String text, int from, int to) {
        return (from > 0 ? ELLIPSIS : "") + escape(text.substring(from, to)) + (to < text.length() ? ELLIPSIS : "");
    }

    /**
     * The stretch of two texts that differs, with up to {@value #WINDOW} code points of context on either
     * side, each escaped and cut to {@value #MAX_SHOWN} code points, {@code …} marking a cut:
     * {@code change("聚焦“双百工程 ”，打通", "聚焦“双百工程”，打通")} shows {@code 聚焦“双百工程 ”，打通} →
     * {@code 聚焦“双百工程”，打通}.
     */
    public static Change change(String before, String after) {
        int[] b = before.codePoints().toArray();
        int[] a = after.codePoints().toArray();
        int prefix = 0;
        while (prefix < b.length && prefix < a.length && b[prefix] == a[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < b.length - prefix
                && suffix < a.length - prefix
                && b[b.length - 1 - suffix] == a[a.length - 1 - suffix]) {
            suffix++;
        }
        int from = Math.max(0, prefix - WINDOW);
        int contextAfter = Math.max(0, suffix - WINDOW);
        return new Change(stretch(b, from, b.length - contextAfter), stretch(a, from, a.length - contextAfter));
    }

    /**
     * The two sides of a {@link #change}.
     *
     * @param before the stretch as it was
     * @param after the stretch as it is
     */
    public record Change(String before, String after) {}

    private static String stretch(int[] codePoints, int from, int to) {
        int end = Math.min(to, from + MAX_SHOWN);
        String shown = new String(codePoints, from, end - from);
        return (from > 0 ? ELLIPSIS : "") + escape(shown) + (end < codePoints.length ? ELLIPSIS : "");
    }

    /** {@code U+0001}, {@code U+1F600}: a code point as it is named in messages. */
    public static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** The whole text with the characters that cannot be shown safely escaped, as {@link #abbreviate} does, uncut. */
    public static String escape(String text) {
        if (isSafe(text)) {
            return text; // the common case: nothing to write differently
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unsafe(cp)) {
                        out.append('<').append(codePoint(cp)).append('>');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Whether {@link #escape} leaves the text as it is: no char it escapes, and no surrogate. */
    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || Character.isSurrogate(c) || unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unsafe(int cp) {
        return Characters.xmlIllegal(cp)
                || Characters.bidiControl(cp)
                || Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT
                || cp == 0x2028
                || cp == 0x2029;
    }
}
