// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.List;

/** A malformed marker: a problem code, the offending text and the arguments of its message. */
public record LexProblem(Problems.Code code, String snippet, List<String> args) {
    public LexProblem {
        args = List.copyOf(args);
    }

    public LexProblem(Problems.Code code, String snippet, String... args) {
        this(code, snippet, List.of(args));
    }

    /** The first argument, or empty. */
    public String arg() {
        return args.isEmpty() ? "" : args.get(0);
    }
}
