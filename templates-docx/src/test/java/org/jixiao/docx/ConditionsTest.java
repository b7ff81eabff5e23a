// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionsTest {
    static List<Arguments> truthiness() {
        return List.of(
                Arguments.of("absent", false),
                Arguments.of(null, false),
                Arguments.of(Boolean.FALSE, false),
                Arguments.of("", false),
                Arguments.of(List.of(), false),
                Arguments.of(Map.of(), false),
                Arguments.of(Boolean.TRUE, true),
                Arguments.of("x", true),
                Arguments.of(BigDecimal.ZERO, true),
                Arguments.of(0, true),
                Arguments.of(List.of("a"), true),
                Arguments.of(Map.of("k", "v"), true));
    }

    @ParameterizedTest
    @MethodSource("truthiness")
    void showsWhenPresentAndNotEmptyOrFalse(Object value, boolean shown) {
        Map<String, Object> data = new HashMap<>();
        if (!"absent".equals(value)) {
            data.put("x", value);
        }
        String body = p("{{?x}}") + p("有") + p("{{/x}}") + p("{{^x}}") + p("无") + p("{{/x}}");
        assertEquals(shown ? "有" : "无", Output.text(render(compileBody(body), data)));
    }

    @Test
    void wholeParagraphConditionRemovesTheParagraph() {
        String body = p("一") + p("{{?note}}备注：{{note}}{{/note}}") + p("二");
        DocxTemplate t = compileBody(body);
        assertEquals("一\n二", Output.text(render(t, Map.of())));
        assertEquals("一\n备注：见附件\n二", Output.text(render(t, Map.of("note", "见附件"))));
    }

    @Test
    void inlineConditionInsideText() {
        String body = p("金额{{?unit}}（{{unit}}）{{/unit}}为{{v}}");
        DocxTemplate t = compileBody(body);
        assertEquals("金额为5", Output.text(render(t, Map.of("v", 5))));
        assertEquals("金额（万元）为5", Output.text(render(t, Map.of("v", 5, "unit", "万元"))));
    }

    @Test
    void rowCondition() {
        String body = table(row("a"), row("{{?show}}b", "{{x}}{{/show}}"), row("c"));
        DocxTemplate t = compileBody(body);
        assertEquals("| a |\n| c |", Output.text(render(t, Map.of())));
        assertEquals("| a |\n| b | 1 |\n| c |", Output.text(render(t, Map.of("show", true, "x", 1))));
    }

    @Test
    void aGuardedMissingValueIsNotAnError() {
        String body = p("{{?budget}}")
                + p("预算：{{budget.total}}")
                + p("{{/budget}}")
                + p("{{^budget}}")
                + p("（无预算）")
                + p("{{/budget}}");
        assertEquals("（无预算）", Output.text(render(compileBody(body), Map.of())));
    }
}
