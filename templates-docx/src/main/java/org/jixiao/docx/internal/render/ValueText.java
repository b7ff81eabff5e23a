// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.jixiao.format.TextFormat;
import org.jixiao.format.ValueKind;

/**
 * Turns a checked data value into text: with a formatter from core, a numbering style, or plainly
 * (String as is, BigDecimal by {@code toPlainString()}, Integer and Long in decimal, LocalDate as
 * ISO {@code 2024-05-07}). Never locale-dependent. Booleans, maps and lists are not text.
 */
final class ValueText {
    private ValueText() {}

    /** What a value is, in messages. */
    static DataCode.Bi kindOf(Object v) {
        return new DataCode.Bi(kindOf(v, true), kindOf(v, false));
    }

    static DataCode.Bi kindName(ValueKind k) {
        return new DataCode.Bi(kindName(k, true), kindName(k, false));
    }

    private static String kindOf(Object v, boolean zh) {
        if (v instanceof String) {
            return zh ? "文字" : "text";
        } else if (v instanceof Integer || v instanceof Long) {
            return zh ? "整数" : "an integer";
        } else if (v instanceof BigDecimal) {
            return zh ? "数字" : "a number";
        } else if (v instanceof LocalDate) {
            return zh ? "日期" : "a date";
        } else if (v instanceof Boolean) {
            return zh ? "真假值" : "a boolean";
        } else if (v instanceof java.util.Map) {
            return zh ? "对象" : "an object";
        } else if (v instanceof java.util.List) {
            return zh ? "列表" : "a list";
        } else if (v instanceof org.jixiao.docx.Image) {
            return zh ? "图片" : "an image";
        } else if (v instanceof org.jixiao.docx.Link) {
            return zh ? "链接" : "a link";
        }
        return v.getClass().getSimpleName();
    }

    private static String kindName(ValueKind k, boolean zh) {
        return switch (k) {
            case TEXT -> zh ? "文字" : "text";
            case NUMBER -> zh ? "数字" : "a number";
            case INTEGER -> zh ? "整数" : "an integer";
            case DATE -> zh ? "日期" : "a date";
        };
    }

    /** Whether a formatter accepting {@code k} can take {@code v}. */
    static boolean accepts(ValueKind k, Object v) {
        return switch (k) {
            case TEXT -> v instanceof String;
            case NUMBER -> v instanceof BigDecimal || v instanceof Integer || v instanceof Long;
            case INTEGER -> v instanceof Integer || v instanceof Long || (v instanceof BigDecimal b && isIntegral(b));
            case DATE -> v instanceof LocalDate || v instanceof String;
        };
    }

    static boolean isIntegral(BigDecimal b) {
        return b.signum() == 0 || b.scale() <= 0 || b.stripTrailingZeros().scale() <= 0;
    }

    /** Plain text of a scalar, or null if {@code v} is not a scalar that prints. */
    static String plain(Object v) {
        if (v instanceof String s) {
            return s;
        } else if (v instanceof BigDecimal b) {
            return b.toPlainString();
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof LocalDate d) {
            return d.toString();
        }
        return null;
    }

    static String format(TextFormat f, Object v) {
        return f.apply(v);
    }
}
