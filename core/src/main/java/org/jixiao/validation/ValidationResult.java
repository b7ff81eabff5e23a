// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.List;
import org.jixiao.Lang;

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
     * {@link Problem#describe(Lang)} of each. Empty when there are no problems.
     */
    public String describe(Lang lang) {
        return Problem.describe(problems, lang);
    }
}
