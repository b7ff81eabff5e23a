// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.TemplateProblem;

/**
 * The problems found so far, in the order found. {@link #addOnce} drops a problem whose code and part
 * were already reported, so an OLE part seen as an entry and as a relationship target is named once.
 */
final class Findings {
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    void add(TemplateProblem p) {
        problems.add(p);
        keys.add(p.code() + '\u0000' + p.part());
    }

    void addOnce(TemplateProblem p) {
        if (!keys.contains(p.code() + '\u0000' + p.part())) {
            add(p);
        }
    }

    void addAll(List<TemplateProblem> ps) {
        ps.forEach(this::add);
    }

    List<TemplateProblem> list() {
        return List.copyOf(problems);
    }
}
