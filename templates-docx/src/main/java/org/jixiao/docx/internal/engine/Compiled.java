// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.List;
import org.jixiao.docx.TemplateField;

/**
 * A compiled template: the output entries in order, the fields its parts use, and the initial size
 * of a render buffer in bytes. Immutable.
 */
public record Compiled(List<OutPart> parts, List<TemplateField> fields, int estimate) {
    public Compiled {
        parts = List.copyOf(parts);
        fields = List.copyOf(fields);
    }
}
