// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.Lang;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.junit.jupiter.api.Test;

/** Every code of the compiler, the lint and the render has its message in both languages. */
class EngineMessagesTest {

    @Test
    void everyCodeHasAChineseAndAnEnglishMessage() {
        List<String> codes = new ArrayList<>();
        for (Problems.Code c : Problems.Code.values()) {
            codes.add(c.id());
        }
        for (DataCode c : DataCode.values()) {
            codes.add(c.at("$", null, "a", "b", "c", "d").code());
        }
        for (String code : codes) {
            String zh = TemplateProblems.message(code, Lang.ZH, "A", "B", "C", "D");
            String en = TemplateProblems.message(code, Lang.EN, "A", "B", "C", "D");
            assertNotEquals(zh, en, code);
            assertTrue(zh.codePoints().anyMatch(cp -> cp > 0x2E80), code + ": " + zh);
        }
        assertEquals(codes.size(), codes.stream().distinct().count(), "codes are unique");
    }

    @Test
    void argumentsAreFilledOnceAndBracesOfMarkersStay() {
        assertEquals(
                "区段 {{#x}} 没有结束标记 {{/x}}。",
                TemplateProblems.message("template.section.unclosed", Lang.ZH, "{{#x}}", "x"));
        assertEquals("模板文件超过 {1} 字节的上限。", TemplateProblems.message("template.package.too-large", Lang.ZH, "{1}"));
    }
}
