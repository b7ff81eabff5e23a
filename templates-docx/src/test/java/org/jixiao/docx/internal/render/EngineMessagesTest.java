// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
    void thePreflightsMessagesAreInTheEnginesBundleInBothLanguages() throws IOException {
        Set<String> en = keys("Messages.properties");
        assertEquals(en, keys("Messages_zh_CN.properties"), "the same keys in both languages");
        for (String code : List.of(
                "template.zip.too-large",
                "template.zip.not-a-zip",
                "template.zip.bomb",
                "template.zip.unsafe-name",
                "template.macro",
                "template.activex",
                "template.ole",
                "template.altchunk",
                "template.xml.encoding",
                "template.doctype",
                "template.field.forbidden",
                "template.external-relationship",
                "template.styles.cyclic-based-on",
                "template.preflight.failed")) {
            assertTrue(en.contains(code), code);
        }
        // an argument worded in the message's language
        assertEquals(
                "疑似 ZIP 炸弹：解压总量超过 1 MiB，已停止解压；请检查模板来源，用 Word 重新保存。",
                TemplateProblems.message(
                        "template.zip.bomb", Lang.ZH, TemplateProblems.term("template.zip.bomb.total", "1 MiB")));
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TemplateProblems.class.getResourceAsStream("/org/jixiao/docx/internal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void argumentsAreFilledOnceAndBracesOfMarkersStay() {
        assertEquals(
                "区段 {{#x}} 没有结束标记 {{/x}}。",
                TemplateProblems.message("template.section.unclosed", Lang.ZH, "{{#x}}", "x"));
        assertEquals("模板文件超过 {1} 字节的上限。", TemplateProblems.message("template.package.too-large", Lang.ZH, "{1}"));
    }
}
