// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.List;
import org.jixiao.docx.TemplateField;
import org.jixiao.validation.Problem;

/**
 * A compiled template: the output entries in order, the fields its parts use, the initial size of a
 * render buffer in bytes, and what compiling accepted with a warning (not kept in a plan: a template
 * with warnings is never precompiled). Immutable.
 */
public record Compiled(List<OutPart> parts, List<TemplateField> fields, int estimate, List<Problem> warnings) {
    public Compiled {
        parts = List.copyOf(parts);
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }
}
