// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.compile;
import static org.jixiao.docx.Fixture.compileBody;
import static org.jixiao.docx.Fixture.docx;
import static org.jixiao.docx.Fixture.p;
import static org.jixiao.docx.Fixture.render;
import static org.jixiao.docx.Fixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A template cannot make a render run away: loops nested too deeply are refused when it compiles, and a
 * render stops at its iteration and output limits with a problem naming the loop. The timeouts are only
 * guards against the exponential renders these tests would otherwise start.
 */
@Tag("hostile-templates")
class RenderLimitsTest {
    private static final Duration GUARD = Duration.ofSeconds(30);

    /** {@code depth} paragraph loops over the root list {@code goals}, each inside the one before. */
    private static String nested(int depth, String inner) {
        return p("{{#goals}}").repeat(depth) + p(inner) + p("{{/goals}}").repeat(depth);
    }

    private static Map<String, Object> goals(int items) {
        return Map.of("goals", Collections.nCopies(items, Map.of("name", "目标")), "unit", "某局");
    }

    private static TemplateDataException renderFails(DocxTemplate t, Map<String, ?> data) {
        return assertThrows(TemplateDataException.class, () -> t.render(data, new ByteArrayOutputStream()));
    }

    @Test
    void loopsNestedDeeperThanTheLimitAreRefusedWhereTheyOpen() {
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(nested(9, "{{unit}}")));
        assertEquals(
                List.of("template.limit.loop-depth"),
                e.problems().stream().map(Problem::code).toList());
        Problem p = e.problems().get(0);
        assertEquals("word/document.xml", p.template().part());
        assertEquals("paragraph 9", p.template().location());
        assertEquals("{{#goals}}", p.value());
        assertTrue(p.messageZh().contains("8 层"), p.messageZh());
        assertTrue(p.messageEn().contains("more than 8 deep"), p.messageEn());
    }

    @Test
    void aThousandNestedLoopsAreOneProblem() {
        TemplateException e = assertTimeoutPreemptively(
                GUARD, () -> assertThrows(TemplateException.class, () -> compileBody(nested(1000, "{{unit}}"))));
        assertEquals(
                List.of("template.limit.loop-depth"),
                e.problems().stream().map(Problem::code).toList());
    }

    @Test
    void rowAndInlineLoopsCountTowardsTheDepth() {
        String body = p("{{#goals}}")
                + table(Fixture.row("{{#goals}}{{#goals}}{{name}}{{/goals}}{{/goals}}"))
                + p("{{/goals}}");
        RenderLimits two = new RenderLimits(2, 1000, 1 << 20);
        TemplateException e = assertThrows(
                TemplateException.class, () -> DocxTemplate.compile(new ByteArrayInputStream(docx(body)), two));
        assertEquals("template.limit.loop-depth", e.code());
        assertEquals("table 1, row 1, cell 1", e.problems().get(0).template().location());
        compile(docx(body)); // depth 3 is within the default
    }

    @Test
    void aDeeperNestingCompilesWhenTheLimitAllowsIt() {
        RenderLimits deep = new RenderLimits(9, 100_000, 1 << 20);
        DocxTemplate t = DocxTemplate.compile(new ByteArrayInputStream(docx(nested(9, "{{unit}}"))), deep);
        assertEquals(deep, t.limits());
        assertEquals("某局", Output.text(render(t, goals(1))));
    }

    @Test
    void exponentialLoopsStopAtTheIterationLimitNamingTheLoop() {
        DocxTemplate t = compileBody(nested(8, "{{unit}} {{name}}"));
        // 10 items nested 8 deep would be 10^8 iterations.
        TemplateDataException e = assertTimeoutPreemptively(GUARD, () -> renderFails(t, goals(10)));
        Problem last = e.problems().get(e.problems().size() - 1);
        assertEquals("data.limit.iterations", last.code());
        assertEquals("data.limit.iterations", e.code());
        assertEquals("word/document.xml", last.template().part());
        assertTrue(
                last.template().location().startsWith("paragraph "),
                last.template().location());
        assertTrue(last.path().startsWith("/goals/"), last.path());
        assertTrue(last.messageZh().contains("50000"), last.messageZh());
        assertTrue(last.messageEn().contains("more than 50000 loop items"), last.messageEn());
        assertTrue(last.describe(Lang.EN).contains("{{#goals}}"), last.describe(Lang.EN));
    }

    @Test
    void theIterationLimitCountsEveryItemOfEveryLoop() {
        RenderLimits limits = new RenderLimits(8, 12, 1 << 20);
        DocxTemplate t = DocxTemplate.compile(new ByteArrayInputStream(docx(nested(2, "{{name}}"))), limits);
        assertEquals("目标\n".repeat(9).strip(), Output.text(render(t, goals(3)))); // 3 + 9 = 12 items
        assertEquals("data.limit.iterations", renderFails(t, goals(4)).code()); // 4 + 16
    }

    @Test
    void listParagraphItemsCountAsIterations() {
        RenderLimits limits = new RenderLimits(8, 5, 1 << 20);
        DocxTemplate t = DocxTemplate.compile(new ByteArrayInputStream(docx(p("任务：{{tasks}}"))), limits);
        render(t, Map.of("tasks", List.of("a", "b", "c", "d", "e")));
        TemplateDataException e = renderFails(t, Map.of("tasks", List.of("a", "b", "c", "d", "e", "f")));
        assertEquals("data.limit.iterations", e.code());
        assertEquals("/tasks/5", e.problems().get(0).path());
    }

    @Test
    void aRenderStopsAtTheOutputLimitNamingTheLoop() {
        RenderLimits limits = new RenderLimits(8, 100_000, 64 * 1024);
        String kilobyte = "绩".repeat(340); // 1020 bytes of UTF-8
        DocxTemplate t = DocxTemplate.compile(
                new ByteArrayInputStream(docx(p("{{#goals}}") + p(kilobyte + "{{name}}") + p("{{/goals}}"))), limits);
        render(t, goals(20));
        TemplateDataException e = renderFails(t, goals(100));
        Problem p = e.problems().get(0);
        assertEquals("data.limit.output-size", p.code());
        assertTrue(p.path().matches("/goals/\\d+"), p.path());
        assertTrue(p.messageEn().contains("more than 65536 bytes"), p.messageEn());
    }

    @Test
    void hiddenContentCountsTowardsTheOutputLimit() {
        // Each iteration writes nothing (its paragraphs are hidden), but each hidden section visited is work.
        RenderLimits limits = new RenderLimits(8, 100_000, 256 * 1024);
        String hidden = (p("{{?nothing}}") + p("x") + p("{{/nothing}}")).repeat(100);
        DocxTemplate t = DocxTemplate.compile(
                new ByteArrayInputStream(docx(p("{{#goals}}") + hidden + p("{{/goals}}"))), limits);
        assertEquals("", Output.text(render(t, goals(10))));
        assertEquals("data.limit.output-size", renderFails(t, goals(10_000)).code());
    }

    @Test
    void theOutputLimitCoversHeadersAndFootersToo() {
        RenderLimits limits = new RenderLimits(8, 100_000, 8 * 1024);
        byte[] template = Fixture.docx(p("正文"), p("{{#goals}}") + p("页眉{{name}}") + p("{{/goals}}"), null);
        DocxTemplate t = DocxTemplate.compile(new ByteArrayInputStream(template), limits);
        TemplateDataException e = renderFails(t, goals(1000));
        assertEquals("data.limit.output-size", e.code());
        assertEquals("word/header1.xml", e.problems().get(0).template().part());
    }

    @Test
    void problemsBeforeTheLimitAreKeptAndTheLimitIsLast() {
        RenderLimits limits = new RenderLimits(8, 3, 1 << 20);
        DocxTemplate t =
                DocxTemplate.compile(new ByteArrayInputStream(docx(p("{{missing}}") + nested(1, "{{name}}"))), limits);
        TemplateDataException e = renderFails(t, goals(4));
        assertEquals(
                List.of("data.value.missing", "data.limit.iterations"),
                e.problems().stream().map(Problem::code).toList());
    }

    @Test
    void aRenderWithManyProblemsStopsAtTheHundredth() {
        // Every item misses its value: the render stops listing at 100 instead of visiting all of them.
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            items.add(Map.of());
        }
        DocxTemplate t = compileBody(nested(1, "{{absent}}"));
        TemplateDataException e = renderFails(t, Map.of("goals", items));
        assertEquals(101, e.problems().size());
        assertEquals("data.problems.truncated", e.problems().get(100).code());
    }

    @Test
    void theDefaultsAreThoseDocumented() {
        assertEquals(new RenderLimits(8, 50_000, 8L * 1024 * 1024), RenderLimits.DEFAULT);
        assertEquals(RenderLimits.DEFAULT, compileBody(p("x")).limits());
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(65, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(8, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(8, 1, 0));
        assertThrows(
                NullPointerException.class, () -> DocxTemplate.compile(new ByteArrayInputStream(docx(p("x"))), null));
    }
}
