// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.Objects;
import org.jixiao.Lang;

/**
 * One problem with the data given to a render: a missing value, a value of the wrong type, or text
 * a document cannot hold.
 *
 * @param code stable machine-readable code, e.g. {@code data.value.missing}
 * @param path where in the data, e.g. {@code projects[2].name} (list indexes 0-based)
 * @param part the template part that needed the value, e.g. {@code word/document.xml}; empty when
 *     the problem is found before rendering
 * @param location where in that part, e.g. {@code paragraph 12}; empty likewise
 * @param messageZh what is wrong and how to fix it, in Chinese
 * @param messageEn the same in English
 */
public record DataProblem(String code, String path, String part, String location, String messageZh, String messageEn) {

    public DataProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Lang lang) {
        return lang == Lang.EN ? messageEn : messageZh;
    }

    /** One line: {@code code path (part location): message}. */
    public String describe(Lang lang) {
        StringBuilder sb = new StringBuilder().append(code).append(' ').append(path);
        if (!part.isEmpty()) {
            sb.append(" (").append(part);
            if (!location.isEmpty()) {
                sb.append(", ").append(location);
            }
            sb.append(')');
        }
        return sb.append(": ").append(message(lang)).toString();
    }
}
