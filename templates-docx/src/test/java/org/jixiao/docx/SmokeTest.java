// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void rendersAValueAndALoop() {
        DocxTemplate t =
                compileBody(p("单位：{{unit.name}}") + p("{{#items}}") + p("{{@n|一、}}{{name}}") + p("{{/items}}"));
        byte[] out = render(
                t, Map.of("unit", Map.of("name", "某局"), "items", List.of(Map.of("name", "甲"), Map.of("name", "乙"))));
        Output.assertText("单位：某局\n一、甲\n二、乙", out);
    }
}
