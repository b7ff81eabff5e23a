// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;

/** A template was rejected: unsafe, malformed, or its markers do not compile. Lists every problem. */
public class TemplateException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super(
                problems.isEmpty() ? "template.rejected" : problems.get(0).code(),
                summary(problems, Lang.ZH),
                summary(problems, Lang.EN));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order; never empty. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String summary(List<TemplateProblem> problems, Lang lang) {
        String head = lang == Lang.EN
                ? "the template has " + problems.size() + " problem(s):\n"
                : "模板有 " + problems.size() + " 个问题：\n";
        return head + problems.stream().map(p -> "  " + p.describe(lang)).collect(Collectors.joining("\n"));
    }
}
