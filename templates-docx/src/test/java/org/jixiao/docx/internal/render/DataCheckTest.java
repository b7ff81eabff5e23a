// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

class DataCheckTest {

    @Test
    void aProblemInTheDataIsAtTheJsonPointerOfItsKeysEscaped() {
        List<Problem> problems = new ArrayList<>();
        DataCheck.check(Map.of("a/b~c", List.of("ok", 1.5)), problems, 10);

        assertEquals(1, problems.size());
        assertEquals("data.type.floating-point", problems.get(0).code());
        assertEquals("/a~1b~0c/1", problems.get(0).path());
    }

    @Test
    void aPlaceholderPathBecomesTheSamePointerAsTheDataWouldGive() {
        assertEquals("/projects/2/name", DataCode.pointer("projects[2].name"));
        assertEquals("/a~0b", DataCode.pointer("a~b"));
        assertEquals("", DataCode.pointer("$"));
    }
}
