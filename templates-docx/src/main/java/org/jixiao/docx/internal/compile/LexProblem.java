// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.List;

/**
 * A malformed marker: a problem code, the offending text and the arguments of its message (values, or words of
 * the engine's bundle).
 */
public record LexProblem(Problems.Code code, String snippet, List<Object> args) {
    public LexProblem {
        args = List.copyOf(args);
    }

    public LexProblem(Problems.Code code, String snippet, Object... args) {
        this(code, snippet, List.of(args));
    }

    /** The first argument, or empty. */
    public Object arg() {
        return args.isEmpty() ? "" : args.get(0);
    }
}
