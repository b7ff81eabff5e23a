// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import org.jixiao.validation.ValidationResult;

/**
 * The report has errors, so it was not rendered. {@link #result()} lists every problem (errors and
 * warnings) with its JSON path; fix the errors and render again.
 */
public class InvalidReportException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    public InvalidReportException(ValidationResult result) {
        super(
                "report.invalid",
                "报告有 " + result.errors().size() + " 个错误，未生成文档：\n" + result.describe(Lang.ZH),
                "the report has " + result.errors().size() + " error(s) and was not rendered:\n"
                        + result.describe(Lang.EN));
        this.result = result;
    }

    /** Every problem found, errors and warnings. */
    public ValidationResult result() {
        return result;
    }
}
