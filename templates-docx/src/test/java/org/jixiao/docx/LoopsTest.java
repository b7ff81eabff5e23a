// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopsTest {
    private static final List<Map<String, ?>> PROJECTS = List.of(
            Map.of("name", "道路养护", "amount", new BigDecimal("120.5"), "tasks", List.of("巡查", "修补")),
            Map.of("name", "绿化", "amount", new BigDecimal("30"), "tasks", List.of()),
            Map.of("name", "照明", "amount", new BigDecimal("8"), "tasks", List.of("更换灯具")));

    @Test
    void paragraphLoopRepeatsTheParagraphsBetweenMarkersAndLeavesNoMarkerParagraphs() {
        String body = p("开始")
                + p("{{#projects}}")
                + p("{{@n|一、}}{{name}}")
                + p("金额：{{amount}}万元")
                + p("{{/projects}}")
                + p("结束");
        assertEquals(
                "开始\n一、道路养护\n金额：120.5万元\n二、绿化\n金额：30万元\n三、照明\n金额：8万元\n结束",
                Output.text(render(compileBody(body), Map.of("projects", PROJECTS))));
    }

    @Test
    void absentNullAndEmptyListsRenderNoIteration() {
        String body = p("前") + p("{{#projects}}") + p("{{name}}") + p("{{/projects}}") + p("后");
        DocxTemplate t = compileBody(body);
        assertEquals("前\n后", Output.text(render(t, Map.of())));
        assertEquals("前\n后", Output.text(render(t, Map.of("projects", List.of()))));
        java.util.HashMap<String, Object> nulls = new java.util.HashMap<>();
        nulls.put("projects", null);
        assertEquals("前\n后", Output.text(render(t, nulls)));
    }

    @Test
    void nestedLoopsNumberTheirOwnItemsAndRestart() {
        String body = p("{{#projects}}")
                + p("{{@n|一、}}{{name}}")
                + p("{{#tasks}}")
                + p("{{@n|（一）}}{{.}}")
                + p("{{/tasks}}")
                + p("{{/projects}}");
        assertEquals(
                "一、道路养护\n（一）巡查\n（二）修补\n二、绿化\n三、照明\n（一）更换灯具",
                Output.text(render(compileBody(body), Map.of("projects", PROJECTS))));
    }

    @Test
    void everyNumberingStyle() {
        String body = p("{{#l}}")
                + p("{{@n}} {{@n|一、}} {{@n|（一）}} {{@n|1.}} {{@n|（1）}} {{@n|①}} {{@n|A.}} {{@n|一}} {{@n|1}}")
                + p("{{/l}}");
        String out = Output.text(
                render(compileBody(body), Map.of("l", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))));
        List<String> lines = out.lines().toList();
        assertEquals(11, lines.size());
        String expected = String.join(
                " ",
                "11",
                org.jixiao.format.NumberingStyle.byLabel("一、").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("（一）").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("1.").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("（1）").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("①").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("A.").orElseThrow().format(11),
                org.jixiao.format.NumberingStyle.byLabel("一").orElseThrow().format(11),
                "11");
        assertEquals(expected, lines.get(10));
    }

    @Test
    void numbersNeverContinueAcrossLoops() {
        String body = p("{{#a}}") + p("{{@n|1.}}{{.}}") + p("{{/a}}") + p("{{#b}}") + p("{{@n|1.}}{{.}}") + p("{{/b}}");
        assertEquals(
                "1.x\n2.y\n1.z",
                Output.text(render(compileBody(body), Map.of("a", List.of("x", "y"), "b", List.of("z")))));
    }

    @Test
    void pathsResolveInTheItemFirstThenOutward() {
        String body = p("{{#projects}}") + p("{{unit}}：{{name}}（{{year}}）") + p("{{/projects}}");
        Map<String, ?> data = Map.of(
                "unit",
                "某局",
                "year",
                2024,
                "name",
                "不应出现",
                "projects",
                List.of(Map.of("name", "甲"), Map.of("name", "乙", "year", 2023)));
        assertEquals("某局：甲（2024）\n某局：乙（2023）", Output.text(render(compileBody(body), data)));
    }

    @Test
    void inlineLoopRepeatsRunsInsideTheParagraph() {
        String body = p("任务：{{#tasks}}{{.}}；{{/tasks}}完。");
        assertEquals("任务：巡查；修补；完。", Output.text(render(compileBody(body), Map.of("tasks", List.of("巡查", "修补")))));
    }

    @Test
    void rowLoopRepeatsTheRowAndKeepsHeaderRows() {
        String body = table(
                "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" + p("序号") + "</w:tc><w:tc>" + p("项目") + "</w:tc><w:tc>"
                        + p("金额") + "</w:tc></w:tr>",
                row("{{#projects}}{{@n}}", "{{name}}", "{{amount|amount2}}{{/projects}}"),
                row("合计", "", "{{total}}"));
        byte[] out = render(compileBody(body), Map.of("projects", PROJECTS, "total", new BigDecimal("158.5")));
        String a2 = "amount2";
        var f = org.jixiao.format.TextFormat.byName(a2).orElseThrow();
        assertEquals(
                "| 序号 | 项目 | 金额 |\n"
                        + "| 1 | 道路养护 | " + f.apply(new BigDecimal("120.5")) + " |\n"
                        + "| 2 | 绿化 | " + f.apply(new BigDecimal("30")) + " |\n"
                        + "| 3 | 照明 | " + f.apply(new BigDecimal("8")) + " |\n"
                        + "| 合计 |  | 158.5 |",
                Output.text(out));
        assertEquals(1, Output.xml(out, "word/document.xml").split("<w:tblHeader/>", -1).length - 1);
    }

    @Test
    void rowLoopMarkersInParagraphsOfTheirOwnLeaveNoParagraph() {
        String cell1 = "<w:tc>" + p("{{#l}}") + p("{{@n}}") + "</w:tc>";
        String cell2 = "<w:tc>" + p("{{.}}") + p("{{/l}}") + "</w:tc>";
        String body = table("<w:tr>" + cell1 + cell2 + "</w:tr>");
        assertEquals("| 1 | x |\n| 2 | y |", Output.text(render(compileBody(body), Map.of("l", List.of("x", "y")))));
    }

    @Test
    void oneCellRowWithInlineMarkersIsARowLoop() {
        String body = table(row("{{#l}}{{.}}{{/l}}"));
        assertEquals("| x |\n| y |", Output.text(render(compileBody(body), Map.of("l", List.of("x", "y")))));
    }

    @Test
    void oneCellRowWithMarkerParagraphsRepeatsParagraphsInTheCell() {
        String body = table("<w:tr><w:tc>" + p("{{#l}}") + p("{{.}}") + p("{{/l}}") + "</w:tc></w:tr>");
        assertEquals("| x⏎y |", Output.text(render(compileBody(body), Map.of("l", List.of("x", "y")))));
    }

    @Test
    void rowLoopsInsideAParagraphLoop() {
        String body = p("{{#projects}}")
                + p("{{name}}")
                + table(row("{{#tasks}}{{@n}}", "{{.}}{{/tasks}}"), row("小计", "{{amount}}"))
                + p("{{/projects}}");
        assertEquals(
                "道路养护\n| 1 | 巡查 |\n| 2 | 修补 |\n| 小计 | 120.5 |\n绿化\n| 小计 | 30 |\n照明\n| 1 | 更换灯具 |\n| 小计 | 8 |",
                Output.text(render(compileBody(body), Map.of("projects", PROJECTS))));
    }

    @Test
    void tableWhoseOnlyRowsLoopOverNothingIsDropped() {
        String body = p("前") + table(row("{{#l}}{{.}}{{/l}}")) + p("后");
        assertEquals("前\n后", Output.text(render(compileBody(body), Map.of("l", List.of()))));
    }

    @Test
    void cellLeftWithoutParagraphsGetsAnEmptyOne() {
        String body = table(
                "<w:tr><w:tc>" + p("{{#l}}") + p("{{.}}") + p("{{/l}}") + "</w:tc><w:tc>" + p("b") + "</w:tc></w:tr>");
        byte[] out = render(compileBody(body), Map.of("l", List.of()));
        assertEquals("|  | b |", Output.text(out));
    }
}
