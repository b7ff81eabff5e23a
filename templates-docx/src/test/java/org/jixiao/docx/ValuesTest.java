// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
    private static String one(String template, Map<String, ?> data) {
        return Output.text(render(compileBody(p(template)), data));
    }

    @Test
    void dottedPathsReachNestedMaps() {
        assertEquals(
                "总额：100",
                one(
                        "总额：{{expenditure.budget.total}}",
                        Map.of("expenditure", Map.of("budget", Map.of("total", new BigDecimal("100"))))));
    }

    @Test
    void plainScalarsPrintWithoutLocale() {
        assertEquals(
                "1234567.805|42|9000000000|2024-05-07",
                one(
                        "{{a}}|{{b}}|{{c}}|{{d}}",
                        Map.of(
                                "a",
                                new BigDecimal("1234567.805"),
                                "b",
                                42,
                                "c",
                                9_000_000_000L,
                                "d",
                                LocalDate.of(2024, 5, 7))));
    }

    @Test
    void formattersComeFromCore() {
        BigDecimal amount = new BigDecimal("1234567.805");
        LocalDate date = LocalDate.of(2023, 5, 7);
        String expected = TextFormat.byName("amount").orElseThrow().apply(amount) + "|"
                + TextFormat.byName("percent").orElseThrow().apply(new BigDecimal("0.8512")) + "|"
                + TextFormat.byName("capital").orElseThrow().apply(amount) + "|"
                + TextFormat.byName("date").orElseThrow().apply(date) + "|"
                + NumberingStyle.byLabel("（一）").orElseThrow().format(3);
        assertEquals(
                expected,
                one(
                        "{{a|amount}}|{{r|percent}}|{{a|capital}}|{{d|date}}|{{k|（一）}}",
                        Map.of("a", amount, "r", new BigDecimal("0.8512"), "d", date, "k", 3)));
    }

    @Test
    void spacesAndFullWidthBarInsideBracesAreAllowed() {
        assertEquals("x=7", one("x={{ n ｜ 1 }}", Map.of("n", 7)));
    }

    @Test
    void markupCharactersAreEscaped() {
        String hostile = "& < > \" ' ]]> </w:t></w:r><w:r><w:t>X";
        byte[] out = render(compileBody(p("{{v}}")), Map.of("v", hostile));
        assertEquals(hostile, Output.text(out));
        assertTrue(Output.xml(out, "word/document.xml").contains("&amp; &lt; &gt;"));
    }

    @Test
    void tabsAndLineBreaksBecomeElements() {
        byte[] out = render(compileBody(p("{{v}}")), Map.of("v", "A\tB\nC\r\nD\rE\n"));
        assertEquals("A⇥B↵C↵D↵E↵", Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(
                xml.contains("<w:t xml:space=\"preserve\">A</w:t><w:tab/><w:t xml:space=\"preserve\">B</w:t><w:br/>"),
                xml);
    }

    @Test
    void spacesSurviveAndEveryUserTextPreservesThem() {
        byte[] out = render(compileBody(p("[{{v}}]")), Map.of("v", "  两端\u3000 "));
        assertEquals("[  两端\u3000 ]", Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(xml.contains("<w:t xml:space=\"preserve\">  两端\u3000 </w:t>"), xml);
    }

    @Test
    void emptyStringRendersNothing() {
        assertEquals("前后", one("前{{v}}后", Map.of("v", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"𠀀䶮镕", "emoji 😀", "ǅ"})
    void supplementaryCharactersArriveWhole(String s) {
        assertEquals(s, one("{{v}}", Map.of("v", s)));
    }

    @Test
    void expressionsAreNeverEvaluated() {
        byte[] out = render(
                compileBody(p("${T(java.lang.Runtime).getRuntime().exec('id')} #{1+1} {{v}}")),
                Map.of("v", "{{7*7}} ${1+1}"));
        assertEquals("${T(java.lang.Runtime).getRuntime().exec('id')} #{1+1} {{7*7}} ${1+1}", Output.text(out));
    }

    @Test
    void valueTakesTheFormattingOfThePlaceholdersFirstCharacter() {
        byte[] out = render(compileBody("<w:p>" + r("前") + b("{{") + r("v}}") + r("后") + "</w:p>"), Map.of("v", "值"));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">值</w:t></w:r>"), xml);
        assertEquals("前值后", Output.text(out));
    }
}
