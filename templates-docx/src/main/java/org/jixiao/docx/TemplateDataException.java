// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;

/**
 * The data does not fit the template: values missing or of the wrong type, or text a document
 * cannot hold. Lists every problem found in the render, in document order. When this is thrown,
 * nothing was written to the output.
 */
public class TemplateDataException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient List<DataProblem> problems;

    public TemplateDataException(List<DataProblem> problems) {
        super(
                problems.isEmpty() ? "data.rejected" : problems.get(0).code(),
                summary(problems, Lang.ZH),
                summary(problems, Lang.EN));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found; never empty. */
    public List<DataProblem> problems() {
        return problems;
    }

    private static String summary(List<DataProblem> problems, Lang lang) {
        String head = lang == Lang.EN
                ? "the data has " + problems.size() + " problem(s) for this template:\n"
                : "数据与模板不符，共 " + problems.size() + " 个问题：\n";
        return head + problems.stream().map(p -> "  " + p.describe(lang)).collect(Collectors.joining("\n"));
    }
}
