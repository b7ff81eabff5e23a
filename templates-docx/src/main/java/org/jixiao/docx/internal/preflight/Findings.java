// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.validation.Problem;

/**
 * What the checks found so far, in the order found: problems (the template is refused), warnings
 * (accepted as is) and relationships to leave out of the output. {@link #addOnce} drops a problem whose
 * code and part were already reported, so an OLE part seen as an entry and as a relationship target
 * is named once.
 */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Detached> detached = new ArrayList<>();

    void add(Problem p) {
        problems.add(p);
        keys.add(p.code() + '\u0000' + p.template().part());
    }

    void addOnce(Problem p) {
        if (!keys.contains(p.code() + '\u0000' + p.template().part())) {
            add(p);
        }
    }

    void addAll(List<Problem> ps) {
        ps.forEach(this::add);
    }

    void warn(Problem p) {
        warnings.add(p);
    }

    void detach(Detached d) {
        detached.add(d);
    }

    /** Moves everything {@code other} found into this one, after what this one has. */
    void addAll(Findings other) {
        addAll(other.problems);
        warnings.addAll(other.warnings);
        detached.addAll(other.detached);
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    List<Detached> detached() {
        return List.copyOf(detached);
    }
}
