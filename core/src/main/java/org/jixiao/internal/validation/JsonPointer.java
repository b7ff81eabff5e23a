// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901) into the JSON form of a report, whose names are the record component names. */
public final class JsonPointer {
    private JsonPointer() {}

    /**
     * The pointer for a Hibernate Validator property path: {@code goals[1].paragraphs[2].<list element>}
     * becomes {@code /goals/1/paragraphs/2}. A node in an iterable contributes its index (or key) before
     * its name; bean and container-element nodes have no name of their own.
     */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    pointer.append('/').append(escape(position.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** {@code parent/name}, escaped. */
    public static String child(String parent, String name) {
        return parent + "/" + escape(name);
    }

    /** Appends {@code /name}, escaped, to a pointer being built. */
    public static StringBuilder append(StringBuilder pointer, String name) {
        return pointer.append('/').append(escape(name));
    }

    /** {@code parent/index}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The unescaped segments of a pointer; {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
