// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.docx.internal.engine.Compiled;
import org.jixiao.docx.internal.engine.PlanCodec;
import org.jixiao.docx.internal.engine.Precompiled;
import org.jixiao.docx.internal.engine.TemplateCompiler;
import org.jixiao.report.docx.OfficialTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A template compiled ahead of time ({@code PlanCodec}, how the official templates ship) renders
 * exactly what the template compiled now renders; a plan that does not fit is never used.
 */
class PrecompiledTemplateTest {
    private static final byte[] OFFICIAL = OfficialTemplate.OVERALL_SELF_EVALUATION.docx();

    private static byte[] plan(byte[] docx) {
        return PlanCodec.write(TemplateCompiler.compile(docx), PlanCodec.headerOf(docx));
    }

    private static byte[] shippedPlan() throws IOException {
        try (InputStream in = OfficialTemplate.class.getResourceAsStream("templates/official.plan")) {
            return in.readAllBytes();
        }
    }

    static Stream<Arguments> templates() {
        String merge = table(
                row("一级指标", "二级指标", "三级指标"),
                row("{{#rows}}{{l1|merge}}", "{{l2|merge}}", "{{@n|（1）}}{{name}}{{/rows}}"));
        String drawing = Fixture.drawing("图 7");
        String values = p("{{#l}}") + "<w:p>" + r("{{@n|一、}}{{.}}") + drawing + "</w:p>" + p("{{/l}}")
                + p("{{amount|amount2}}万元，{{date|date}}，{{rate|percent}}")
                + p("{{?flag}}") + p("有") + p("{{/flag}}") + p("{{^none}}") + p("无") + p("{{/none}}")
                + p("{{paragraphs}}");
        Map<String, Object> data = Map.of(
                "rows",
                List.of(
                        Map.of("l1", "产出", "l2", "数量", "name", "a"),
                        Map.of("l1", "产出", "l2", "数量", "name", "b"),
                        Map.of("l1", "效益", "l2", "质量", "name", "c")),
                "l",
                List.of("甲", "乙"),
                "amount",
                new BigDecimal("4398.1047"),
                "date",
                LocalDate.of(2023, 5, 7),
                "rate",
                new BigDecimal("88.4807"),
                "flag",
                true,
                "paragraphs",
                List.of("第一段。", "第二段。"));
        String embeds = p("图：{{chart|image}}") + p("{{#sites}}{{.|link}}、{{/sites}}") + p("这是{{#flag}}可选的{{/flag}}文字");
        Map<String, Object> embedData = Map.of(
                "chart",
                new Image(Pictures.png(40, 20), 60, 0),
                "sites",
                List.of(new Link("甲", "https://a.example/"), new Link("乙", "mailto:b@example.org")),
                "flag",
                true);
        return Stream.of(
                Arguments.of(
                        "pictures, hyperlinks and inline conditions",
                        docx(embeds, p("{{chart|image}}"), null),
                        embedData),
                Arguments.of("reference report", ReferenceReport.template(), ReferenceReport.data(0)),
                Arguments.of("reference report, other data", ReferenceReport.template(), ReferenceReport.data(1)),
                Arguments.of("merges, numbers, drawings, formats, conditions", docx(merge + values), data),
                Arguments.of("header and footer", docx(p("{{amount}}"), p("{{date|date}}"), p("第{{rate}}页")), data),
                Arguments.of("footnotes in a loop", footnotes(), data));
    }

    /** A footnote referred to in a loop, one referred to once, one nothing refers to. */
    private static byte[] footnotes() {
        String ref = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
        return TestDocx.docx()
                .body(p("{{#l}}") + "<w:p>" + r("{{.}}") + ref + "</w:p>" + p("{{/l}}") + "<w:p>" + r("末")
                        + ref.replace("1", "2") + "</w:p>")
                .footnotes(
                        "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                + "<w:footnote w:id=\"1\">" + p("注{{@n}}：{{.}}") + "</w:footnote>"
                                + "<w:footnote w:id=\"2\">" + p("{{amount}}") + "</w:footnote>"
                                + "<w:footnote w:id=\"3\">" + p("{{rate}}") + "</w:footnote>")
                .bytes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void rendersExactlyWhatTheTemplateCompiledNowRenders(String name, byte[] docx, Map<String, ?> data)
            throws IOException {
        Compiled now = TemplateCompiler.compile(docx);
        byte[] plan = PlanCodec.write(now, PlanCodec.headerOf(docx));
        Compiled decoded = PlanCodec.read(plan);
        assertArrayEquals(render(Precompiled.of(now), data), render(Precompiled.of(decoded), data));
        assertEquals(now.fields(), decoded.fields());
        assertEquals(now.estimate(), decoded.estimate());
        assertArrayEquals(plan, PlanCodec.write(decoded, PlanCodec.headerOf(docx)), "encoding is deterministic");
    }

    @Test
    void shippedPlanIsTheOfficialTemplateCompiledByThisVersion() throws IOException {
        // fails when the template, the compiler or the encoding changed without rebuilding the plan
        assertArrayEquals(plan(OFFICIAL), shippedPlan());
    }

    @Test
    void officialTemplateHasTheFieldsOfItsDocx() {
        assertEquals(
                DocxTemplate.compile(new java.io.ByteArrayInputStream(OFFICIAL)).fields(),
                OfficialTemplate.OVERALL_SELF_EVALUATION.template().fields());
    }

    @Test
    void aPlanOfOtherBytesIsNotUsed() {
        byte[] other = docx(p("别的模板 {{x}}"));
        DocxTemplate loaded = Precompiled.load(OFFICIAL, plan(other));
        assertEquals(
                OfficialTemplate.OVERALL_SELF_EVALUATION.template().fields(),
                loaded.fields(),
                "compiled from the .docx, not decoded from the stale plan");
        DocxTemplate fromOwnPlan = Precompiled.load(other, plan(other));
        assertEquals(
                List.of("x"),
                fromOwnPlan.fields().stream().map(TemplateField::path).toList());
    }

    @Test
    void aMissingOrUnreadablePlanFallsBackToCompiling() throws IOException {
        List<TemplateField> expected =
                OfficialTemplate.OVERALL_SELF_EVALUATION.template().fields();
        assertEquals(expected, Precompiled.load(OFFICIAL, null).fields());
        byte[] future = shippedPlan();
        future[7]++; // the version, after the 4-byte magic
        assertEquals(expected, Precompiled.load(OFFICIAL, future).fields());
        assertEquals(expected, Precompiled.load(OFFICIAL, new byte[0]).fields());
    }

    @Test
    void damagedPlansAreRefusedWithAnIOException() throws IOException {
        byte[] plan = shippedPlan();
        for (int length = 0; length < plan.length; length += 97) {
            byte[] truncated = Arrays.copyOf(plan, length);
            assertThrows(IOException.class, () -> PlanCodec.read(truncated), "truncated to " + length);
        }
        byte[] longer = Arrays.copyOf(plan, plan.length + 1);
        assertThrows(IOException.class, () -> PlanCodec.read(longer));
        byte[] notAPlan = plan.clone();
        notAPlan[0] = 'P';
        assertThrows(IOException.class, () -> PlanCodec.read(notAPlan));
    }

    @Test
    void anyFlippedByteDecodesOrIsRefusedButNeverThrowsAnythingElse() throws IOException {
        byte[] plan = shippedPlan();
        Random random = new Random(9704);
        for (int i = 0; i < 500; i++) {
            byte[] damaged = plan.clone();
            int at = 16 + random.nextInt(damaged.length - 16); // after the header
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            try {
                PlanCodec.read(damaged);
            } catch (IOException expected) {
                // refused
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("flipping a bit at " + at + " threw " + e, e);
            }
        }
    }
}
