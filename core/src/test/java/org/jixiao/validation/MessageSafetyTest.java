// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * Messages come from jixiao's bundles through {@link ParameterMessageInterpolator}: no expression
 * language, and no text of the report ever goes into a template.
 */
class MessageSafetyTest {
    private static final List<String> HOSTILE =
            List.of("${1+1}", "{x}", "#{''.getClass()}", "{path}", "{org.jixiao.validation.required}", "$\\{1}");

    @Test
    void theFactoryInterpolatesWithParameterMessageInterpolator() {
        assertInstanceOf(
                ParameterMessageInterpolator.class, Checks.VALIDATOR.factory().getMessageInterpolator());
    }

    @Test
    void expressionsInReportTextAreNeverInterpretedOrCopiedIntoMessages() {
        String all = String.join(" ", HOSTILE);
        ValidationResult result = Checks.validate(all(
                set("/keyTasks/0/title", "1、" + all),
                set("/indicatorAnalysis/preparation/rationality/0", "中文,中文" + all),
                set("/cover/basis/number/issuerCode", "{x}(${1+1})"),
                set("/cover/sealingUnit", "\u0001" + all),
                set("/selfEvaluation/team/leader/post", "{x}${1+1}\u202E"),
                set("/indicatorAnalysis/preparation/standardization/0", "（1）中文,中文" + all)));
        assertEquals(
                List.of(
                        "ERROR text.illegal-character /cover/sealingUnit",
                        "ERROR pattern /cover/basis/number/issuerCode",
                        "WARNING text.manual-numbering /keyTasks/0/title",
                        "ERROR text.bidi-control /selfEvaluation/team/leader/post",
                        "WARNING text.half-width-punctuation /indicatorAnalysis/preparation/rationality/0",
                        "WARNING text.half-width-punctuation /indicatorAnalysis/preparation/standardization/0",
                        "WARNING text.repeated-paragraph /indicatorAnalysis/preparation/standardization/0"),
                Checks.summary(result));
        for (Problem p : result.problems()) {
            for (String message : List.of(p.messageZh(), p.messageEn())) {
                assertFalse(
                        message.contains("{")
                                || message.contains("}")
                                || message.contains("$")
                                || message.contains("#"),
                        message);
            }
        }
        // the values show the report's text verbatim (escaped only where unsafe to display)
        assertEquals("{x}(${1+1})", result.problems().get(1).value());
        assertEquals("{x}${1+1}<U+202E>", result.problems().get(3).value());
        assertEquals(all.substring(0, 50) + "…", result.problems().get(2).suggestion());
    }

    @Test
    void idsFromTheReportAreShownAsWrittenNeverInterpreted() {
        String hostile = "{outlineName}${1+1}#{''.getClass()}";
        Problem outline = Checks.only(set("/outline", hostile));
        assertEquals("outline.unknown", outline.code());
        assertEquals(hostile, outline.value());
        assertTrue(outline.messageEn().startsWith("The report names outline " + hostile + ", which does not exist."));
        assertTrue(outline.messageZh().startsWith("报告指定的大纲 " + hostile + " 不存在。"));
        // a section id is a map key, which no text rule reads: the message shows it escaped
        Problem section = Checks.only(set(
                "/sections/" + hostile + "\u202E",
                new org.jixiao.report.SectionText(null, List.of("文字。"), null, null)));
        assertEquals("outline.unknown-section", section.code());
        assertEquals(hostile + "<U+202E>", section.value());
        assertTrue(
                section.messageEn().startsWith("Section " + hostile + "<U+202E> is not in outline"),
                section.messageEn());
    }

    @Test
    void anExpressionInATemplateIsLeftAsWritten() {
        ParameterMessageInterpolator interpolator =
                (ParameterMessageInterpolator) Checks.VALIDATOR.factory().getMessageInterpolator();
        var context = Checks.VALIDATOR
                .factory()
                .getValidator()
                .getConstraintsForClass(org.jixiao.report.EvaluatedUnits.class)
                .getConstraintsForProperty("unit")
                .getConstraintDescriptors()
                .iterator()
                .next();
        String message = interpolator.interpolate(
                "${1+1} {max}",
                new jakarta.validation.MessageInterpolator.Context() {
                    @Override
                    public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                        return context;
                    }

                    @Override
                    public Object getValidatedValue() {
                        return "${1+1}";
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new UnsupportedOperationException();
                    }
                },
                Locale.ROOT);
        assertEquals("${1+1} {max}", message);
    }

    @Test
    void bothBundlesHaveTheSameKeysWrittenInUtf8WithoutEscapes() throws IOException {
        Properties en = load("/ContributorValidationMessages.properties");
        Properties zh = load("/ContributorValidationMessages_zh_CN.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        Pattern han = Pattern.compile("\\p{IsHan}");
        for (String key : zh.stringPropertyNames()) {
            assertTrue(han.matcher(zh.getProperty(key)).find(), key);
            assertTrue(key.startsWith("org.jixiao.validation."), key);
        }
        for (String file : List.of(
                "/ContributorValidationMessages.properties", "/ContributorValidationMessages_zh_CN.properties")) {
            try (InputStream in = MessageSafetyTest.class.getResourceAsStream(file)) {
                assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\\u"), file);
            }
        }
    }

    @Test
    void englishStaysEnglishOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            // the one place a test touches the default locale: a request for English must not fall back to it
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Problem p = ReportValidator.create(SampleReport.clock())
                    .validate(set("/cover/evaluatedUnits/unit", null).apply(SampleReport.valid()))
                    .problems()
                    .get(0);
            assertEquals("\"cover · evaluated units · unit\" is required; fill it in.", p.messageEn());
            assertEquals("“封面信息与评价依据 · 评价单位 · 单位名称”为必填项，请填写。", p.messageZh());
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageSafetyTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
