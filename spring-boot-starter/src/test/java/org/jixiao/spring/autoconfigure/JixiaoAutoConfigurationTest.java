// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jixiao.docx.TemplateException;
import org.jixiao.json.ReportJson;
import org.jixiao.outline.InvalidOutlineException;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.spring.JixiaoProblemHandler;
import org.jixiao.spring.ReportRenderer;
import org.jixiao.spring.TemplateRegistry;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class JixiaoAutoConfigurationTest {
    private static final AutoConfigurations JIXIAO =
            AutoConfigurations.of(JixiaoAutoConfiguration.class, JixiaoWebMvcAutoConfiguration.class);
    private static final Clock EARLY = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The warm-up sample: filled in 2023-05-07, submitted 2023-05-10. */
    private static final Report SAMPLE =
            ReportJson.read(JixiaoWarmUp.class.getResourceAsStream("/org/jixiao/report/docx/warm-up-report.json"));

    private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(JIXIAO);
    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(JIXIAO);

    @Test
    void everyBeanIsThereWithJixiaosOwnOutlinesByDefault() {
        plain.run(context -> {
            assertNotNull(context.getBean(ReportValidator.class));
            assertSame(
                    context.getBean(ReportValidator.class),
                    context.getBean(ReportRenderer.class).validator());
            assertNotNull(context.getBean(TemplateRegistry.class));
            assertNotNull(context.getBean(JixiaoWarmUp.class));
            assertEquals(ids(Outlines.builtIn()), ids(context.getBean(Outlines.class)));
            assertSame(
                    context.getBean(Outlines.class),
                    context.getBean(ReportValidator.class).outlines());
            assertTrue(context.getBeansOfType(JixiaoProblemHandler.class).isEmpty(), "not a web application");
            assertTrue(context.getBeansOfType(WebServerWarmUp.class).isEmpty(), "not a web application");
        });
    }

    @Test
    void todayComesFromTheApplicationsClockWhenItHasOne() {
        plain.withBean(Clock.class, () -> EARLY).run(context -> {
            List<String> future = futureDates(context.getBean(ReportValidator.class));
            assertEquals(List.of("/cover/fillingDate", "/selfEvaluation/submission/date"), future);
        });
        plain.run(context -> assertEquals(List.of(), futureDates(context.getBean(ReportValidator.class))));
    }

    @Test
    void theApplicationsOwnBeansReplaceJixiaos() {
        ReportValidator own = ReportValidator.create(EARLY);
        TemplateRegistry registry = new TemplateRegistry(1);
        plain.withBean(ReportValidator.class, () -> own)
                .withBean(TemplateRegistry.class, () -> registry)
                .run(context -> {
                    assertSame(own, context.getBean(ReportValidator.class));
                    assertSame(own, context.getBean(ReportRenderer.class).validator());
                    assertSame(registry, context.getBean(TemplateRegistry.class));
                });
    }

    @Test
    void outlineFilesAreAddedBesideJixiaosOwn() {
        plain.withPropertyValues("jixiao.outlines=classpath:org/jixiao/spring/outlines/one/*.json")
                .run(context -> {
                    Outlines outlines = context.getBean(Outlines.class);
                    assertEquals(
                            List.of("guangdong-district", "hubei-short", "national-common", "hunan-county"),
                            ids(outlines));
                    assertSame(outlines, context.getBean(ReportValidator.class).outlines());
                });
    }

    @Test
    void anOutlineFileWithAShippedIdReplacesThatOutline() {
        plain.withPropertyValues("jixiao.outlines=classpath:org/jixiao/spring/outlines/replaces/hubei-short.json")
                .run(context -> assertEquals(
                        "替换的湖北简式",
                        context.getBean(Outlines.class)
                                .find("hubei-short")
                                .orElseThrow()
                                .name()));
    }

    @Test
    void aLocationThatMatchesNoFileStopsTheStartWithItsIndex() {
        plain.withPropertyValues(
                        "jixiao.outlines=classpath:org/jixiao/spring/outlines/one/*.json,classpath:nowhere/*.json")
                .run(context -> {
                    InvalidOutlineException e = cause(context.getStartupFailure());
                    assertEquals("outline.not-found", e.code());
                    assertTrue(
                            e.messageZh().startsWith("jixiao.outlines[1] = classpath:nowhere/*.json 找不到任何文件"),
                            e.messageZh());
                    assertTrue(e.messageEn().contains("matches no file"), e.messageEn());
                });
    }

    @Test
    void aBrokenOutlineFileStopsTheStartNamingTheFileLineAndColumn() {
        plain.withPropertyValues("jixiao.outlines=classpath:org/jixiao/spring/outlines/broken/*.json")
                .run(context -> {
                    InvalidOutlineException e = cause(context.getStartupFailure());
                    assertEquals("outline.malformed", e.code());
                    assertTrue(e.messageZh().contains("broken.json"), e.messageZh());
                    assertTrue(e.messageEn().contains("broken.json"), e.messageEn());
                    assertTrue(e.messageZh().contains("第 4 行"), e.messageZh());
                });
    }

    @Test
    void twoOutlineFilesWithOneIdStopTheStart() {
        plain.withPropertyValues("jixiao.outlines=classpath:org/jixiao/spring/outlines/twice/*.json")
                .run(context -> {
                    InvalidOutlineException e = cause(context.getStartupFailure());
                    assertEquals("outline.duplicate-id", e.code());
                    assertTrue(e.messageEn().contains("a.json") && e.messageEn().contains("b.json"), e.messageEn());
                });
    }

    @Test
    void theRegistrySizeIsAProperty() {
        plain.withPropertyValues("jixiao.templates.max-count=1").run(context -> {
            TemplateRegistry registry = context.getBean(TemplateRegistry.class);
            byte[] official = OfficialTemplate.OVERALL_SELF_EVALUATION.docx();
            registry.register("a", official);
            assertEquals(
                    "registry.full",
                    assertThrows(TemplateException.class, () -> registry.register("b", official))
                            .code());
        });
    }

    @Test
    void aWebApplicationGetsTheProblemHandlerAndTheWebWarmUpUnlessTurnedOff() {
        web.run(context -> {
            assertNotNull(context.getBean(JixiaoProblemHandler.class));
            assertNotNull(context.getBean(WebServerWarmUp.class));
        });
        web.withPropertyValues("jixiao.problem-details.enabled=false", "jixiao.warm-up.web-request=false")
                .run(context -> {
                    assertTrue(
                            context.getBeansOfType(JixiaoProblemHandler.class).isEmpty());
                    assertTrue(context.getBeansOfType(WebServerWarmUp.class).isEmpty());
                    assertNotNull(context.getBean(JixiaoWarmUp.class));
                });
    }

    @Test
    void warmUpOffMeansNoWarmUpAtAll() {
        web.withPropertyValues("jixiao.warm-up.enabled=false").run(context -> {
            assertTrue(context.getBeansOfType(JixiaoWarmUp.class).isEmpty());
            assertTrue(context.getBeansOfType(WebServerWarmUp.class).isEmpty());
        });
    }

    @Test
    void anApplicationsOwnProblemHandlerReplacesJixiaos() {
        web.withUserConfiguration(OwnHandler.class).run(context -> {
            assertEquals(1, context.getBeansOfType(JixiaoProblemHandler.class).size());
            assertTrue(context.getBean(JixiaoProblemHandler.class) instanceof OwnHandler.Subclass);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnHandler {
        static class Subclass extends JixiaoProblemHandler {}

        @Bean
        JixiaoProblemHandler handler() {
            return new Subclass();
        }
    }

    private static List<String> ids(Outlines outlines) {
        return outlines.all().stream().map(Outline::id).toList();
    }

    private static List<String> futureDates(ReportValidator validator) {
        return validator.validate(SAMPLE).problems().stream()
                .filter(p -> p.code().equals("date.future"))
                .map(Problem::path)
                .toList();
    }

    private static InvalidOutlineException cause(Throwable failure) {
        assertNotNull(failure, "the context should not have started");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidOutlineException e) {
                return e;
            }
        }
        throw new AssertionError("no InvalidOutlineException in", failure);
    }
}
