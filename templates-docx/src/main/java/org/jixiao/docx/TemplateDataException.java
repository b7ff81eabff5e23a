// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;

/**
 * The data does not fit the template: values missing or of the wrong type, or text a document
 * cannot hold. Lists every problem found in the render, in document order, each with the JSON Pointer
 * of the value in the data ({@link Problem#path()}) and, when the template needed it, the template
 * place ({@link Problem#template()}). When this is thrown, nothing was written to the output.
 */
public class TemplateDataException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public TemplateDataException(List<Problem> problems) {
        super(
                problems.isEmpty() ? "data.rejected" : problems.get(0).code(),
                TemplateException.message("data.rejected", problems, Lang.ZH),
                TemplateException.message("data.rejected", problems, Lang.EN));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
