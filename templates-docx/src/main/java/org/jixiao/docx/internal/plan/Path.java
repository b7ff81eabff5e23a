// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

import java.util.List;

/**
 * A placeholder path as written: JSON property names joined by dots, or {@code .} for the current
 * loop item (then {@code segments} is empty).
 */
public record Path(String text, List<String> segments) {
    public Path {
        segments = List.copyOf(segments);
    }

    public static Path of(String text) {
        return new Path(text, text.equals(".") ? List.of() : List.of(text.split("\\.", -1)));
    }

    public boolean isItem() {
        return segments.isEmpty();
    }

    public String first() {
        return segments.get(0);
    }
}
