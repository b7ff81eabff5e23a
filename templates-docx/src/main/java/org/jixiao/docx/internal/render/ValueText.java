// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.format.TextFormat;
import org.jixiao.format.ValueKind;
import org.jixiao.internal.message.Catalogue;

/**
 * Turns a checked data value into text: with a formatter from core, a numbering style, or plainly
 * (String as is, BigDecimal by {@code toPlainString()}, Integer and Long in decimal, LocalDate as
 * ISO {@code 2024-05-07}). Never locale-dependent. Booleans, maps and lists are not text.
 */
final class ValueText {
    private ValueText() {}

    /** What a value is, in messages. */
    static Catalogue.Worded kindOf(Object v) {
        String kind;
        if (v instanceof String) {
            kind = "text";
        } else if (v instanceof Integer || v instanceof Long) {
            kind = "integer";
        } else if (v instanceof BigDecimal) {
            kind = "number";
        } else if (v instanceof LocalDate) {
            kind = "date";
        } else if (v instanceof Boolean) {
            kind = "boolean";
        } else if (v instanceof java.util.Map) {
            kind = "object";
        } else if (v instanceof java.util.List) {
            kind = "list";
        } else if (v instanceof org.jixiao.docx.Image) {
            kind = "image";
        } else if (v instanceof org.jixiao.docx.Link) {
            kind = "link";
        } else {
            return TemplateProblems.term("word.kind.other", v.getClass().getSimpleName());
        }
        return TemplateProblems.term("word.kind." + kind);
    }

    /** What a formatter needs, in messages. */
    static Catalogue.Worded kindName(ValueKind k) {
        return TemplateProblems.term(
                switch (k) {
                    case TEXT -> "word.kind.text";
                    case NUMBER -> "word.kind.number";
                    case INTEGER -> "word.kind.integer";
                    case DATE -> "word.kind.date";
                });
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
