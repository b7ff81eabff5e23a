// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.Objects;

/**
 * One correction {@link ReportFixer#fix} made to a string of a report.
 *
 * @param path where: the string's JSON Pointer, as in {@link Problem#path()}
 * @param code the rule, as in {@link Problem#code()}: the warning the correction removes, e.g.
 *     {@code text.document-number-brackets}
 * @param before the whole string before this correction, exact
 * @param after the whole string after it, exact; when several rules correct one string, each
 *     correction's {@code before} is the previous one's {@code after}
 * @since 0.1.0
 */
public record Fix(String path, String code, String before, String after) {

    public Fix {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
