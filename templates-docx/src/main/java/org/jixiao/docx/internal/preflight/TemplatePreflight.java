// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.List;
import org.jixiao.docx.TemplateProblem;

/**
 * Checks a template's raw bytes before docx4j sees them (see shared/docs/reliability.md §1).
 * Contract: returns every problem found, empty when the package is safe to load; never throws
 * for bad input; bounded in time and memory whatever the bytes are.
 */
public final class TemplatePreflight {
    private TemplatePreflight() {}

    // NOT DONE: interface only, the safety helper fills this in.
    public static List<TemplateProblem> check(byte[] docx) {
        return List.of();
    }
}
