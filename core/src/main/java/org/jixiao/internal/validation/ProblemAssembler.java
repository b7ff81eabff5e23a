// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;

/** Writes the messages of findings and puts the problems in document order. */
public final class ProblemAssembler {
    private ProblemAssembler() {}

    /** The problems, sorted by path in document order, then code, then message and value. */
    public static List<Problem> problems(List<Finding> findings) {
        record Keyed(int[] order, Problem problem) {}
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Problem problem = new Problem(
                    f.severity(),
                    f.code(),
                    f.path(),
                    /* template= */ null,
                    f.value(),
                    f.suggestion(),
                    Messages.message(f, Lang.ZH),
                    Messages.message(f, Lang.EN));
            keyed.add(new Keyed(DocumentOrder.key(f.path()), problem));
        }
        keyed.sort(Comparator.<Keyed, int[]>comparing(Keyed::order, DocumentOrder::compare)
                .thenComparing(k -> k.problem().path())
                .thenComparing(k -> k.problem().code())
                .thenComparing(k -> k.problem().messageZh())
                .thenComparing(k -> Objects.toString(k.problem().value(), "")));
        return keyed.stream().map(Keyed::problem).toList();
    }
}
