// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jixiao.Lang;
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

    @Test
    void aTemplateLocationShowsAHostilePartNameEscaped() {
        Problem.TemplateLocation at = new Problem.TemplateLocation("word/a\u0001\u202Eb.xml", "paragraph 1");
        assertEquals("word/a\u0001\u202Eb.xml", at.part());
        assertEquals("word/a<U+0001><U+202E>b.xml, paragraph 1", at.toString());
        Problem p = new Problem(Severity.ERROR, "template.x", "", at, null, null, "中", "en");
        assertEquals("错误 word/a<U+0001><U+202E>b.xml, paragraph 1 [template.x] 中", p.describe(Lang.ZH));
    }
}
