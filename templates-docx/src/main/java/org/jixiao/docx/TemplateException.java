// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/**
 * A template was rejected: unsafe, malformed, or its markers do not compile. Lists every problem, each
 * with its template part and place ({@link Problem#template()}).
 */
public class TemplateException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public TemplateException(List<Problem> problems) {
        super(
                problems.isEmpty() ? "template.rejected" : problems.get(0).code(),
                message("template.rejected", problems, Lang.ZH),
                message("template.rejected", problems, Lang.EN));
        this.problems = List.copyOf(problems);
    }

    /** The headline under {@code key} in the engine's bundle, then each problem on a line of its own. */
    static String message(String key, List<Problem> problems, Lang lang) {
        return TemplateProblems.message(key, lang, problems.size()) + "\n" + Problem.describe(problems, lang);
    }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
