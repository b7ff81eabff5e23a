// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.List;
import java.util.Objects;

/**
 * A placeholder or section marker a template uses, as written.
 *
 * @param kind what the marker does
 * @param path the path as written, e.g. {@code unit.name}; inside a loop it is looked up in the
 *     current item first, then outward (see TEMPLATE-SYNTAX.md); {@code .} is the item itself
 * @param loops the paths of the enclosing loops, outermost first; empty outside loops
 * @param format the format or numbering style as written, e.g. {@code amount} or {@code 一、};
 *     empty when none
 * @param part the part it is in, e.g. {@code word/document.xml}
 * @param location where in that part, e.g. {@code paragraph 12}
 */
public record TemplateField(Kind kind, String path, List<String> loops, String format, String part, String location) {

    /** What a marker does. */
    public enum Kind {
        /** {@code {{path}}}: writes a value. */
        VALUE,
        /**
         * {@code {{path}}} as the only placeholder of its paragraph: a list of strings repeats the
         * paragraph once per item, any other value fills it once.
         */
        PARAGRAPH_VALUE,
        /** {@code {{#path}}}: repeats its content per list item. */
        LOOP,
        /** {@code {{path|image}}}: writes an {@link Image} as a picture in the line of text. */
        IMAGE,
        /** {@code {{path|link}}}: writes a {@link Link} as a hyperlink. */
        LINK,
        /** {@code {{?path}}}: shows its content when the value is present and not empty. */
        IF_PRESENT,
        /** {@code {{^path}}}: shows its content when the value is absent or empty. */
        IF_ABSENT
    }

    public TemplateField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        loops = List.copyOf(loops);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(location, "location");
    }
}
