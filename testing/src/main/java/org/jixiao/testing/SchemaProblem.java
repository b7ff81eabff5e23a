// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing;

import java.util.Objects;

/**
 * One place where a part of a .docx breaks the schemas Word enforces.
 *
 * @param part the zip entry, e.g. {@code word/styles.xml}
 * @param line the line in the part, from 1; 0 when the problem concerns the part as a whole
 * @param column the column in that line, from 1; 0 when the problem concerns the part as a whole
 * @param element where in the part, as a path of the element names the part uses with their position
 *     among same-named siblings, e.g. {@code /w:styles/w:style[12]/w:pPr[1]/w:ind[1]}; empty when the
 *     problem concerns the part as a whole
 * @param message what is wrong, with namespaces written as the part's own prefixes
 * @since 0.1.0
 */
public record SchemaProblem(String part, int line, int column, String element, String message) {
    public SchemaProblem {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    /** {@code part:line:column element: message}, one line. */
    @Override
    public String toString() {
        return part + ":" + line + ":" + column + (element.isEmpty() ? "" : " " + element) + ": " + message;
    }
}
