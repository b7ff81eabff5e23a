// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * A well-formed marker found in template text.
 *
 * @param start offset of the first {@code {} in the text lexed
 * @param end offset after the last {@code }}
 * @param raw the marker as written, braces included
 * @param type what the marker is
 * @param open for {@link Type#OPEN}, the section kind; else null
 * @param path the path, or null for a number
 * @param format a text formatter, or null
 * @param style a numbering style, or null
 * @param option the format or style as written, empty when none
 * @param merge whether {@code |merge} was given
 */
public record Token(
        int start,
        int end,
        String raw,
        Type type,
        SectionKind open,
        Path path,
        TextFormat format,
        NumberingStyle style,
        String option,
        boolean merge) {

    /** Marker types. */
    public enum Type {
        VALUE,
        /** {@code {{path|image}}}. */
        IMAGE,
        /** {@code {{path|link}}}. */
        LINK,
        OPEN,
        CLOSE,
        NUMBER
    }

    public boolean isSection() {
        return type == Type.OPEN || type == Type.CLOSE;
    }
}
