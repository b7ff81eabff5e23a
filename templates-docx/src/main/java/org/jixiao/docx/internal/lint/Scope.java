// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.lint;

import java.util.List;
import org.jixiao.docx.internal.plan.Path;

/**
 * A schema with the schema path that leads to it, e.g. {@code projects[]} for a loop item.
 *
 * @param path the schema path, {@code .}-joined, with {@code []} for array items; empty for the root
 */
record Scope(Schema schema, String path) {

    /**
     * Resolves {@code p} the way a render does: its first name in the innermost scope that declares
     * it, then outward; {@code .} is the innermost scope. Null when no scope declares it.
     */
    static Scope resolve(List<Scope> chain, Path p) {
        if (p.isItem()) {
            return chain.size() > 1 ? chain.get(0) : null;
        }
        for (Scope s : chain) {
            Schema first = s.schema().property(p.first());
            if (first == null) {
                continue;
            }
            Scope at = new Scope(first, join(s.path(), p.first()));
            for (int i = 1; i < p.segments().size() && at != null; i++) {
                Schema next = at.schema().property(p.segments().get(i));
                at = next == null
                        ? null
                        : new Scope(next, join(at.path(), p.segments().get(i)));
            }
            return at;
        }
        return null;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
