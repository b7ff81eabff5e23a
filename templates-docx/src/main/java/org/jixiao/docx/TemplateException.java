// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
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
                "模板有 " + problems.size() + " 个问题：\n" + Problem.describe(problems, Lang.ZH),
                "the template has " + problems.size() + " problem(s):\n" + Problem.describe(problems, Lang.EN));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
