// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.lint;

import java.util.List;
import java.util.Set;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.validation.Problem;

/**
 * Finds required fields the template never places: required scalars reached from the root through
 * required properties (and the items of required arrays), and required arrays no loop or list
 * paragraph uses. Warnings: a template may leave a fact out on purpose.
 */
final class Required {
    private static final int MAX_DEPTH = 32;

    private final Set<String> placed;
    private final List<Problem> problems;

    Required(Set<String> placed, List<Problem> problems) {
        this.placed = placed;
        this.problems = problems;
    }

    void walk(Schema object, String prefix) {
        walk(object, prefix, 0);
    }

    private void walk(Schema object, String prefix, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (String name : object.propertyNames()) {
            if (!object.required(name)) {
                continue;
            }
            Schema p = object.property(name);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (p == null) {
                continue;
            }
            if (p.is("object")) {
                walk(p, path, depth + 1);
            } else if (p.is("array")) {
                if (!placed.contains(path)) {
                    warn(path);
                } else if (p.items() != null && p.items().is("object")) {
                    walk(p.items(), path + "[]", depth + 1);
                }
            } else if (!placed.contains(path)) {
                warn(path);
            }
        }
    }

    private void warn(String path) {
        problems.add(Problems.Code.LINT_REQUIRED_NOT_PLACED.at("(template)", "", path, path));
    }
}
