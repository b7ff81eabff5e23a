// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.Objects;
import org.jixiao.Lang;

/**
 * One problem found in a template: by the safety checks, the compiler or the lint.
 *
 * @param code stable machine-readable code, e.g. {@code template.unclosed-section}
 * @param part the package part, e.g. {@code word/document.xml}, {@code word/header1.xml}
 * @param location where in the part, e.g. {@code paragraph 12} or {@code table 2, row 3, cell 1};
 *     empty when the problem concerns the whole part or package
 * @param snippet the template text around the problem, empty when there is none
 * @param messageZh what is wrong and how to fix it, in Chinese
 * @param messageEn the same in English
 */
public record TemplateProblem(
        String code, String part, String location, String snippet, String messageZh, String messageEn) {

    public TemplateProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Lang lang) {
        return lang == Lang.EN ? messageEn : messageZh;
    }

    /** One line: {@code code part location: message «snippet»}. */
    public String describe(Lang lang) {
        StringBuilder sb = new StringBuilder().append(code).append(' ').append(part);
        if (!location.isEmpty()) {
            sb.append(' ').append(location);
        }
        sb.append(": ").append(message(lang));
        if (!snippet.isEmpty()) {
            sb.append(" «").append(snippet).append('»');
        }
        return sb.toString();
    }
}
