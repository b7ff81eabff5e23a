// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.format.TextFormat;
import org.jixiao.validation.Problem;

/**
 * Looks up and formats the value of a {@link Value} slot, reporting what is missing or mistyped.
 * The missing-data policy lives here: a value that is rendered must be present and not null; an
 * empty string renders as nothing; sections decide what is rendered.
 */
final class Values {
    private final Scope scope;
    private final List<Problem> problems;

    Values(Scope scope, List<Problem> problems) {
        this.scope = scope;
        this.problems = problems;
    }

    /** The text of {@code v} here, or null after a problem (reported if {@code report}). */
    String text(Value v, boolean report) {
        Object o = scope.get(v.path());
        if (o == Scope.MISSING || o == null) {
            if (report) {
                String path = scope.describe(v.path());
                problems.add(DataCode.MISSING.at(path, v.loc(), path));
            }
            return null;
        }
        return format(v, o, report ? "" : null);
    }

    /** The text of item {@code i} of a list filling a paragraph of its own. */
    String itemText(Value v, Object item, int i) {
        String path = null;
        if (item == null) {
            path = scope.describe(v.path()) + "[" + i + "]";
            problems.add(DataCode.MISSING.at(path, v.loc(), path));
            return null;
        }
        return format(v, item, "");
    }

    /** The merge key of a cell: its merge values' texts joined; null if one is missing. */
    String key(Value[] keys) {
        if (keys.length == 1) {
            return text(keys[0], false);
        }
        StringBuilder sb = new StringBuilder();
        for (Value k : keys) {
            String s = text(k, false);
            if (s == null) {
                return null;
            }
            sb.append(s).append('\u0000');
        }
        return sb.toString();
    }

    /**
     * Formats {@code o}; {@code path} names it in problems, empty for the path {@code v} stands for
     * here (described only when there is a problem), null means do not report.
     */
    private String format(Value v, Object o, String path) {
        TextFormat f = v.format();
        if (f != null) {
            if (!ValueText.accepts(f.accepts(), o)) {
                return fail(
                        path,
                        v,
                        DataCode.WRONG_TYPE,
                        ValueText.kindOf(o),
                        f.formatName(),
                        ValueText.kindName(f.accepts()));
            }
            try {
                return ValueText.format(f, o);
            } catch (RuntimeException e) {
                return fail(
                        path,
                        v,
                        DataCode.FORMAT_FAILED,
                        f.formatName(),
                        TemplateProblems.term("data.value.format-failed.why", String.valueOf(e.getMessage())));
            }
        }
        if (v.style() != null) {
            Integer n = smallInt(o);
            if (n == null) {
                return fail(
                        path,
                        v,
                        DataCode.WRONG_TYPE,
                        ValueText.kindOf(o),
                        v.option(),
                        TemplateProblems.term("word.kind.positive-integer"));
            }
            return v.style().format(n);
        }
        String s = ValueText.plain(o);
        return s != null ? s : fail(path, v, DataCode.NOT_TEXT, ValueText.kindOf(o));
    }

    private String fail(String path, Value v, DataCode code, Object... args) {
        if (path != null) {
            String p = path.isEmpty() ? scope.describe(v.path()) : path;
            Object[] all = new Object[args.length + 1];
            all[0] = p;
            System.arraycopy(args, 0, all, 1, args.length);
            problems.add(code.at(p, v.loc(), all));
        }
        return null;
    }

    private static Integer smallInt(Object o) {
        long n;
        if (o instanceof Integer i) {
            n = i;
        } else if (o instanceof Long l) {
            n = l;
        } else if (o instanceof BigDecimal b
                && ValueText.isIntegral(b)
                && b.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            n = b.longValue();
        } else {
            return null;
        }
        return n >= 1 && n <= 1_000_000 ? (int) n : null;
    }
}
