// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.Objects;
import org.jixiao.Lang;

/**
 * One thing wrong with a report, located by a JSON Pointer into its JSON form.
 *
 * @param severity whether it blocks rendering
 * @param code a stable, machine-readable code such as {@code budget.total} or {@code text.bidi-control}
 * @param path where: a JSON Pointer (RFC 6901) such as {@code /expenditure/budget/total} or
 *     {@code /goals/1/paragraphs/2}; the names are the record component names
 * @param value the offending value as display text, or null when there is none (a missing value). Long
 *     texts are abbreviated to a window with {@code …}; control, bidi and other characters that cannot be
 *     shown safely appear as {@code <U+XXXX>} and line breaks as {@code \n}
 * @param suggestion the corrected value where there is one, else null: a computed figure as printed
 *     ({@code 88.48%}), exact; for a text rule, the same stretch of text as {@code value}, corrected
 *     ({@code …监督检査。} → {@code …监督检查。}, a document number → the number with 〔〕), to show
 *     the correction where it is. {@link ReportFixer#fix} makes the corrections of the mechanical text
 *     rules in the whole strings
 * @param messageZh what is wrong and how to fix it, in Chinese; never contains text from the report
 * @param messageEn the same in English
 */
public record Problem(
        Severity severity,
        String code,
        String path,
        String value,
        String suggestion,
        String messageZh,
        String messageEn) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the given language. */
    public String message(Lang lang) {
        return lang == Lang.EN ? messageEn : messageZh;
    }
}
