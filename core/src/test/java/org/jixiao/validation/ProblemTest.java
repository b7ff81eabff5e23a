// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemMadeOutsideJixiaoShowsItsValueAsEveryProblemDoes() {
        Problem p = Problem.of(Severity.ERROR, "registry.invalid-name", "", "坡头\u202E区\n" + "x".repeat(60), "中", "en");

        assertEquals("坡头<U+202E>区\\n" + "x".repeat(45) + "…", p.value());
        assertNull(p.template());
        assertNull(p.suggestion());
        assertEquals("registry.invalid-name", p.code());
    }

    @Test
    void aProblemWithoutValueHasNone() {
        assertNull(Problem.of(Severity.WARNING, "c", "/a", null, "中", "en").value());
    }
}
