// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

/** The missing-data policy and data checks: every problem listed at once, nothing written. */
class DataErrorsTest {
    private static final String BODY = p("单位：{{unit.name}}（{{unit.code}}）")
            + p("{{#projects}}")
            + p("{{@n|一、}}{{name}}：{{amount|amount}}，{{start|date}}")
            + p("{{/projects}}")
            + table(row("{{#rows}}{{label}}", "{{value}}{{/rows}}"))
            + p("{{flag}} {{#settings}}{{.}}{{/settings}} {{level|一、}}");

    private static String listing(TemplateDataException e) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : e.problems()) {
            sb.append(p.describe(Lang.ZH))
                    .append('\n')
                    .append("   ")
                    .append(p.messageEn())
                    .append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyMissingOrMistypedValueIsListedWithDataPathAndTemplateLocation() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("unit", Map.of("name", "某局"));
        Map<String, Object> second = new HashMap<>();
        second.put("name", null);
        second.put("amount", "一百");
        second.put("start", "2024年1月1日");
        data.put(
                "projects",
                List.of(Map.of("name", "甲", "amount", BigDecimal.ONE, "start", LocalDate.of(2024, 1, 1)), second));
        data.put("rows", List.of(Map.of("label", "a"), Map.of("label", "b", "value", List.of("x"))));
        data.put("flag", true);
        data.put("settings", Map.of("k", "v"));
        data.put("level", new BigDecimal("1.5"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateDataException e = assertThrows(
                TemplateDataException.class, () -> compileBody(BODY).render(data, out));
        assertEquals(0, out.size(), "nothing is written when the data is rejected");
        Approvals.verify(listing(e));
    }

    @Test
    void unsupportedTypesAndCharactersXmlCannotHoldAreRejectedBeforeRendering() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("a", 1.5d);
        data.put("b", List.of(Map.of("c", 2.5f)));
        data.put("d", "金额\uD800元");
        data.put("e", "页\u000C码");
        data.put("f", "ok\uFFFF");
        data.put("g", new Object() {
            @Override
            public String toString() {
                return "object";
            }
        });
        data.put("h", Map.of(1, "x"));
        data.put("i\u0001", "key");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateDataException e = assertThrows(
                TemplateDataException.class, () -> compileBody(p("{{a}}")).render(data, out));
        assertEquals(0, out.size());
        Approvals.verify(listing(e).replaceAll("DataErrorsTest\\$\\d+", "DataErrorsTest\\$N"));
    }

    @Test
    void theExceptionSummarisesInBothLanguages() {
        TemplateDataException e =
                assertThrows(TemplateDataException.class, () -> render(compileBody(p("{{a}}{{b}}")), Map.of()));
        assertEquals("data.value.missing", e.code());
        assertEquals(
                "数据与模板不符，共 2 个问题：\n"
                        + "错误 /a @ word/document.xml, paragraph 1 [data.value.missing] 缺少 a 的值。请提供该值，或在模板中用 {{?…}}…{{/…}} 把它标为可选。\n"
                        + "错误 /b @ word/document.xml, paragraph 1 [data.value.missing] 缺少 b 的值。请提供该值，或在模板中用 {{?…}}…{{/…}} 把它标为可选。\n",
                e.getMessage());
    }
}
