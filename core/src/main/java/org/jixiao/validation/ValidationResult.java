// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.List;
import org.jixiao.Lang;
import org.jixiao.internal.validation.DisplayText;

/**
 * Everything {@link ReportValidator#validate} found, in document order (by path, then code).
 *
 * @param problems the problems, errors and warnings together; empty when the report is clean
 */
public record ValidationResult(List<Problem> problems) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    /** The problems that block rendering. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /** The problems that do not block rendering. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    /** Whether any problem is an {@link Severity#ERROR}: the report must not be rendered. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * A readable listing, one line per problem ending in {@code \n}, for logs and command lines:
     * severity, path, code, message, then the value and suggestion (abbreviated, escaped) when there are
     * any. Empty when there are no problems.
     */
    public String describe(Lang lang) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            boolean zh = lang != Lang.EN;
            out.append(label(p.severity(), zh))
                    .append(' ')
                    .append(p.path().isEmpty() ? "/" : p.path())
                    .append(" [")
                    .append(p.code())
                    .append("] ")
                    .append(p.message(lang));
            String details = details(p, zh);
            if (!details.isEmpty()) {
                out.append(zh ? "（" : " (").append(details).append(zh ? "）" : ")");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String label(Severity severity, boolean zh) {
        if (severity == Severity.ERROR) {
            return zh ? "错误" : "ERROR";
        }
        return zh ? "警告" : "WARNING";
    }

    private static String details(Problem p, boolean zh) {
        StringBuilder d = new StringBuilder();
        if (p.value() != null) {
            d.append(zh ? "填写值：" : "value: ").append(p.value());
        }
        if (p.suggestion() != null) {
            if (d.length() > 0) {
                d.append(zh ? "；" : "; ");
            }
            d.append(zh ? "建议：" : "suggestion: ").append(DisplayText.abbreviate(p.suggestion()));
        }
        return d.toString();
    }
}
