// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import java.util.List;
import org.jixiao.JixiaoException;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * The report's JSON cannot be read: it is not JSON, or it does not fit the model. Says where
 * ({@link #line()}, {@link #column()}, {@link #path()}), what and how to fix it, in Chinese and English,
 * under one of these stable {@link #code() codes}:
 *
 * <ul>
 *   <li>{@code json.syntax}: not JSON (or not UTF-8);
 *   <li>{@code json.unknown-property}: a property the model does not have (the message lists those it has);
 *   <li>{@code json.duplicate-key}: a property twice in one object;
 *   <li>{@code json.trailing-content}: anything after the report object;
 *   <li>{@code json.wrong-type}: e.g. text where a number belongs (the expected type in words);
 *   <li>{@code json.floating-point-money}: a number in exponent notation ({@code 1e3}) or non-finite;
 *   <li>{@code json.invalid-date}: a date not written {@code YYYY-MM-DD}, or one that does not exist;
 *   <li>{@code json.invalid-enum}: a value outside a closed set (the message lists the allowed ones);
 *   <li>{@code json.null-not-allowed}: null for a yes/no, or a report that is just {@code null};
 *   <li>{@code json.too-large}: over a limit (document, nesting depth, text, number or name length);
 *   <li>{@code json.empty}: no content at all.
 * </ul>
 *
 * <p>The problem is also a {@link Problem} ({@link #problems()}), so that a caller shows an unreadable report
 * the way it shows an invalid one. Missing or null required values are not errors here: validation reports
 * them, all at once.
 *
 * @since 0.1.0
 */
public class MalformedReportException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final int line;
    private final int column;
    private final String path;

    /**
     * Creates the exception; jixiao's JSON reader is its only intended caller.
     *
     * @param problem what is wrong: its code is one of the stable codes above, its path the JSON Pointer
     *     (RFC 6901) of the offending value ({@code ""} for the whole document), its messages open with the
     *     line and column
     * @param line 1-based line, 0 when the problem has no position (empty or oversized document)
     * @param column 1-based column in UTF-16 chars, 0 when the problem has no position
     */
    public MalformedReportException(Problem problem, int line, int column) {
        super(problem.code(), problem.messageZh(), problem.messageEn());
        this.problems = List.of(problem);
        this.line = line;
        this.column = column;
        this.path = problem.path();
    }

    /**
     * What is wrong, in the shape of every other problem jixiao reports (validation's, a template's, a
     * render's): one {@link Problem}, an {@link Severity#ERROR error}, for reading stops at the first. Its
     * {@link Problem#path() path} is {@link #path()}; its messages are this exception's.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** The 1-based line of the problem; 0 when it has no position. */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem, counted in UTF-16 chars (as JavaScript and most editors do);
     * 0 when it has no position.
     */
    public int column() {
        return column;
    }

    /**
     * The JSON Pointer (RFC 6901) of the offending value, e.g. {@code /expenditure/budget/total/amount}
     * or {@code /keyTasks/0/title}; {@code ""} means the whole document.
     */
    public String path() {
        return path;
    }
}
