// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import org.jixiao.report.Money;

/** Whether the operands of a cross-field rule are all there; when not, the rule is left to {@code @NotNull}. */
final class Operands {
    private Operands() {}

    static boolean known(Money... amounts) {
        for (Money m : amounts) {
            if (m == null || m.amount() == null || m.unit() == null) {
                return false;
            }
        }
        return true;
    }

    static boolean known(Object... values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }
}
