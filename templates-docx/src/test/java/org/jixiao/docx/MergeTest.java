// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score sheet: 一级/二级 indicator columns merge vertically over equal, hierarchical values. */
class MergeTest {
    private static Map<String, ?> row(String l1, String l2, String name) {
        return Map.of("l1", l1, "l2", l2, "name", name);
    }

    private static final String BODY = table(
            Fixture.row("一级指标", "二级指标", "三级指标"),
            Fixture.row("{{#rows}}{{l1|merge}}", "{{l2|merge}}", "{{name}}{{/rows}}"));

    @Test
    void equalCellsMergeAndAChildMergesOnlyWhenItsParentDid() {
        List<Map<String, ?>> rows = List.of(
                row("产出", "数量", "a"),
                row("产出", "数量", "b"),
                row("产出", "质量", "c"),
                row("效益", "质量", "d"),
                row("效益", "质量", "e"));
        byte[] out = render(compileBody(BODY), Map.of("rows", rows));
        assertEquals(
                "| 一级指标 | 二级指标 | 三级指标 |\n"
                        + "| 产出 | 数量 | a |\n"
                        + "| ^ | ^ | b |\n"
                        + "| ^ | 质量 | c |\n"
                        + "| 效益 | 质量 | d |\n"
                        + "| ^ | ^ | e |",
                Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertEquals(5, xml.split("<w:vMerge w:val=\"restart\"/>", -1).length - 1, xml);
    }

    @Test
    void vMergeSitsInSchemaOrderInsideTcPr() {
        String body = table(
                "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1\" w:type=\"dxa\"/><w:vMerge/><w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                        + p("{{#rows}}{{l1|merge}}") + "</w:tc><w:tc>" + p("{{name}}{{/rows}}") + "</w:tc></w:tr>");
        byte[] out = render(compileBody(body), Map.of("rows", List.of(row("x", "", "1"), row("x", "", "2"))));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(
                xml.contains(
                        "<w:tcPr><w:tcW w:w=\"1\" w:type=\"dxa\"/><w:vMerge w:val=\"restart\"/><w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/><w:vAlign w:val=\"center\"/></w:tcPr>"),
                xml);
        assertTrue(xml.contains("<w:tcPr><w:tcW w:w=\"1\" w:type=\"dxa\"/><w:vMerge/><w:shd"), xml);
    }

    @Test
    void mergesRestartInEachRunOfTheLoop() {
        String body = p("{{#groups}}") + BODY + p("{{/groups}}");
        Map<String, ?> g = Map.of("rows", List.of(row("产出", "数量", "a"), row("产出", "数量", "b")));
        assertEquals(
                "| 一级指标 | 二级指标 | 三级指标 |\n| 产出 | 数量 | a |\n| ^ | ^ | b |\n"
                        + "| 一级指标 | 二级指标 | 三级指标 |\n| 产出 | 数量 | a |\n| ^ | ^ | b |",
                Output.text(render(compileBody(body), Map.of("groups", List.of(g, g)))));
    }
}
