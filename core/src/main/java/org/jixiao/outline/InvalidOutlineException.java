// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import org.jixiao.JixiaoException;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * An outline file cannot be used: it is not an outline's JSON ({@code outline.malformed}, with line
 * and column), or its content is inconsistent ({@code outline.invalid}: a duplicate or missing id, an
 * empty heading, an unknown numbering label, a reference to a section it does not have). The message
 * names the place and says how to fix it, in Chinese and English.
 *
 * @since 0.2.0
 */
public class InvalidOutlineException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates the exception from what is wrong.
     *
     * @param problem an {@link Severity#ERROR error} whose code is {@code outline.malformed} or {@code
     *     outline.invalid}, whose path is the JSON Pointer of the offending value in the outline file
     *     ({@code ""} for the file as a whole) and whose messages are this exception's
     * @since 0.2.0
     */
    public InvalidOutlineException(Problem problem) {
        super(problem.code(), problem.messageZh(), problem.messageEn());
        this.problem = problem;
    }

    /**
     * What is wrong, in the shape of every other problem jixiao reports, so that a caller shows an unusable
     * outline the way it shows an invalid report. Reading stops at the first problem.
     */
    public Problem problem() {
        return problem;
    }
}
