// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.util.List;

/** Null-tolerant copying of list components: null becomes an empty list, the copy is unmodifiable. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
