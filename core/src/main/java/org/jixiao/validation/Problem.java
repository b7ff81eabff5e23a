// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.List;
import java.util.Objects;
import org.jixiao.Lang;
import org.jixiao.internal.validation.DisplayText;

/**
 * One thing wrong, found by validation, by a template's checks or by a render: jixiao's one problem
 * type. The data is located by a JSON Pointer, a template by its part and the place in it; the message
 * names the field by its title ({@code 评价小组 · 组长 · 姓名}), never by the pointer, so that a form
 * can show it beside the field the pointer selects.
 *
 * @param severity whether it blocks rendering
 * @param code a stable, machine-readable code such as {@code budget.total}, {@code text.bidi-control},
 *     {@code template.section.unclosed} or {@code data.value.missing}
 * @param path where in the data: a JSON Pointer (RFC 6901) such as {@code /expenditure/budget/total} or
 *     {@code /goals/1/paragraphs/2}; the names are the record component names (for a render's data, the
 *     map keys). {@code ""} is the whole report, and stands for "no data" in a template's own problems
 * @param template where in the template, or null when the problem is not about a template
 * @param value the offending value (for a template problem, the template text around it; for the JSON
 *     reader's, the property name or value its message quotes) as display text, or null when there is none. Long texts are abbreviated to a window with {@code …}; control,
 *     bidi and other characters that cannot be shown safely appear as {@code <U+XXXX>} and line breaks
 *     as {@code \n}
 * @param suggestion the corrected value where there is one, else null: a computed figure as printed
 *     ({@code 88.48%}), exact; for a text rule, the same stretch of text as {@code value}, corrected
 *     ({@code …监督检査。} → {@code …监督检查。}, a document number → the number with 〔〕), to show
 *     the correction where it is. {@link ReportFixer#fix} makes the corrections of the mechanical text
 *     rules in the whole strings
 * @param messageZh what is wrong and how to fix it, in Chinese; never contains text from the report. The JSON
 *     reader's problems ({@link org.jixiao.json.MalformedReportException}) are the exception: their input is
 *     not a report, so their messages open with the line, column and pointer, and may quote the offending
 *     name or value, escaped and abbreviated as {@code value} is
 * @param messageEn the same in English
 */
public record Problem(
        Severity severity,
        String code,
        String path,
        TemplateLocation template,
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

    /**
     * Where a problem is in a template.
     *
     * @param part the package part, e.g. {@code word/document.xml}, {@code word/header1.xml}, or
     *     {@code (package)} for the package as a whole
     * @param location where in the part, e.g. {@code paragraph 12} or {@code table 2, row 3, cell 1};
     *     empty when the problem concerns the whole part
     */
    public record TemplateLocation(String part, String location) {
        public TemplateLocation {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(location, "location");
        }

        /**
         * The part, then the location after a comma, as display text: a part name comes from the template's
         * ZIP and may hold characters that cannot be shown safely, which appear as {@code <U+XXXX>}.
         */
        @Override
        public String toString() {
            String shown = DisplayText.escape(part);
            return location.isEmpty() ? shown : shown + ", " + DisplayText.escape(location);
        }
    }

    /**
     * A problem with no template place and no suggestion whose {@link #value()} is {@code value} shown as
     * display text, as jixiao shows every value: abbreviated, with the characters that cannot be shown safely
     * escaped. For an application that checks input of its own (a template's name, an upload) and answers
     * in the same shape as jixiao's problems.
     *
     * @param value the offending value as received, or null for none
     * @since 0.1.0
     */
    public static Problem of(
            Severity severity, String code, String path, Object value, String messageZh, String messageEn) {
        return new Problem(severity, code, path, null, DisplayText.value(value), null, messageZh, messageEn);
    }

    /** The message in the given language. */
    public String message(Lang lang) {
        return lang == Lang.EN ? messageEn : messageZh;
    }

    /**
     * One line without a line break, for logs and command lines: severity, where (the path, escaped; then
     * the template location, after {@code @} when there is a path), code, message, then the value and
     * suggestion (abbreviated, escaped) when there are any. For example
     * {@code 错误 /expenditure/budget/total [budget.total] 总预算应等于……} or
     * {@code 错误 /unit/code @ word/document.xml, paragraph 1 [data.value.missing] 缺少 unit.code 的值……}.
     */
    public String describe(Lang lang) {
        boolean zh = lang != Lang.EN;
        StringBuilder out = new StringBuilder();
        out.append(severity == Severity.ERROR ? (zh ? "错误" : "ERROR") : (zh ? "警告" : "WARNING"));
        if (!path.isEmpty() || template == null) {
            out.append(' ').append(path.isEmpty() ? "/" : DisplayText.escape(path));
        }
        if (template != null) {
            out.append(path.isEmpty() ? " " : " @ ").append(template);
        }
        out.append(" [").append(code).append("] ").append(message(lang));
        String details = details(zh);
        if (!details.isEmpty()) {
            out.append(zh ? "（" : " (").append(details).append(zh ? "）" : ")");
        }
        return out.toString();
    }

    /**
     * {@link #describe} of each problem, one a line, each line ending in {@code \n}; empty for no
     * problems. Exceptions that carry problems use it for their message.
     */
    public static String describe(List<Problem> problems, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append(p.describe(lang)).append('\n');
        }
        return out.toString();
    }

    private String details(boolean zh) {
        StringBuilder d = new StringBuilder();
        if (value != null) {
            d.append(zh ? (template != null ? "模板文字：" : "填写值：") : (template != null ? "template text: " : "value: "))
                    .append(value);
        }
        if (suggestion != null) {
            if (d.length() > 0) {
                d.append(zh ? "；" : "; ");
            }
            d.append(zh ? "建议：" : "suggestion: ").append(DisplayText.abbreviate(suggestion));
        }
        return d.toString();
    }
}
