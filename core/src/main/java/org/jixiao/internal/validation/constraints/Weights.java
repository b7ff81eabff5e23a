// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Sums of score-sheet weights and scores, null when a part is missing (left to {@code @NotNull}). */
final class Weights {
    private Weights() {}

    static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> weight) {
        BigDecimal sum = BigDecimal.ZERO;
        for (T item : items) {
            BigDecimal w = item == null ? null : weight.apply(item);
            if (w == null) {
                return null;
            }
            sum = sum.add(w);
        }
        return sum;
    }
}
