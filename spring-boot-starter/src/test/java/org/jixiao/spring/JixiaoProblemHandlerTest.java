// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.outline.Outlines;
import org.jixiao.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The problem responses, through Spring MVC's own dispatch and message converters. */
class JixiaoProblemHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Before the sample's filling date (2023-05-07) and submission (2023-05-10): two dates in the future. */
    private static final Clock EARLY = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final byte[] MISSING_DESCRIPTION = Samples.templateSaying("{{description}}");

    @RestController
    static class Endpoints {
        private final ReportRenderer renderer = new ReportRenderer(ReportValidator.create(EARLY, Outlines.builtIn()));
        private final TemplateRegistry registry = new TemplateRegistry(2);

        @PostMapping("/docx")
        ResponseEntity<byte[]> docx(InputStream json) {
            return DocxResponse.attachment(
                    renderer.render(ReportJson.read(json)).docx(), "r.docx");
        }

        @PostMapping("/data")
        ResponseEntity<byte[]> data() {
            DocxTemplate template = DocxTemplate.compile(new java.io.ByteArrayInputStream(MISSING_DESCRIPTION));
            ReportRenderer now = new ReportRenderer(ReportValidator.create());
            return DocxResponse.attachment(
                    now.render(Samples.reportWithout("description"), template).docx(), "r");
        }

        @PostMapping("/template")
        List<?> template(InputStream docx) throws java.io.IOException {
            return registry.register("t", docx.readAllBytes());
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .setControllerAdvice(new JixiaoProblemHandler())
            .build();

    @Test
    void malformedJsonIs400WithLineColumnAndTheReadersProblemShapedLikeEveryOther() throws Exception {
        MockHttpServletResponse response =
                perform(post("/docx").content("{\n  \"cover\": {\"evaluationYear\": \"2022\"}\n}"));

        assertEquals(400, response.getStatus());
        assertEquals("application/problem+json", response.getContentType());
        assertEquals("zh-CN", response.getHeader("Content-Language"));
        assertEquals("Accept-Language", response.getHeader("Vary"));
        JsonNode problem = body(response);
        assertEquals("json.wrong-type", problem.get("code").asText());
        assertEquals(2, problem.get("line").asInt());
        assertEquals(31, problem.get("column").asInt());
        assertEquals("报告的 JSON 无法读取", problem.get("title").asText());
        assertEquals(400, problem.get("status").asInt());
        // the reader's problem has the members of every other problem
        assertEquals(1, problem.get("problems").size(), problem.toString());
        JsonNode only = problem.get("problems").get(0);
        for (String member : List.of("severity", "code", "path", "value", "suggestion", "messageZh", "messageEn")) {
            assertTrue(only.has(member), member + " in " + only);
        }
        assertEquals("ERROR", only.get("severity").asText());
        assertEquals("json.wrong-type", only.get("code").asText());
        assertEquals("/cover/evaluationYear", only.get("path").asText());
        assertEquals(only.get("messageZh").asText(), problem.get("detail").asText());
        assertTrue(only.get("messageEn").asText().contains("number"), problem.toString());
    }

    @Test
    void anInvalidReportIs422WithEveryProblemItsPointerAndMessages() throws Exception {
        MockHttpServletResponse response = perform(post("/docx").content(Samples.json()));

        assertEquals(422, response.getStatus());
        assertEquals("application/problem+json", response.getContentType());
        JsonNode problem = body(response);
        assertEquals("report.invalid", problem.get("code").asText());
        assertEquals("报告有错误，未生成文档", problem.get("title").asText());
        assertEquals("报告有 2 个错误，未生成文档", problem.get("detail").asText());
        List<String> errorPaths = new ArrayList<>();
        for (JsonNode p : problem.get("problems")) {
            for (String member : List.of("severity", "code", "path", "value", "suggestion", "messageZh", "messageEn")) {
                assertTrue(p.has(member), member + " in " + p);
            }
            if (p.get("severity").asText().equals("ERROR")) {
                errorPaths.add(p.get("path").asText());
            }
        }
        assertEquals(List.of("/cover/fillingDate", "/selfEvaluation/submission/date"), errorPaths);
        assertTrue(problem.get("problems").size() > 1, "the warnings come too");
    }

    @Test
    void englishFirstInAcceptLanguageGivesTheTitleAndDetailInEnglish() throws Exception {
        MockHttpServletResponse response =
                perform(post("/docx").content(Samples.json()).header("Accept-Language", "en-GB,en;q=0.9"));

        JsonNode problem = body(response);
        assertEquals("en", response.getHeader("Content-Language"));
        assertEquals(
                "The report has errors and was not rendered",
                problem.get("title").asText());
        assertEquals(
                "the report has 2 error(s) and was not rendered",
                problem.get("detail").asText());
    }

    @Test
    void dataTheTemplateNeedsButTheReportLacksIs422NotA500() throws Exception {
        MockHttpServletResponse response = perform(post("/data"));

        assertEquals(422, response.getStatus());
        assertEquals("application/problem+json", response.getContentType());
        JsonNode problem = body(response);
        assertEquals("data.value.missing", problem.get("code").asText());
        JsonNode first = problem.get("problems").get(0);
        // the same member names as a validation problem: a JSON Pointer, and where in the template
        assertEquals("/description", first.get("path").asText());
        assertEquals("word/document.xml", first.get("template").get("part").asText());
        assertEquals("paragraph 1", first.get("template").get("location").asText());
        assertFalse(first.get("messageZh").asText().isEmpty());
    }

    @Test
    void aRejectedTemplateIs422WithEveryProblem() throws Exception {
        MockHttpServletResponse response =
                perform(post("/template").content(Samples.templateSaying("{{nosuch}} {{cover.nosuch}}")));

        assertEquals(422, response.getStatus());
        JsonNode problem = body(response);
        assertEquals("模板不可用", problem.get("title").asText());
        assertEquals(2, problem.get("problems").size(), problem.toString());
        JsonNode first = problem.get("problems").get(0);
        assertEquals("word/document.xml", first.get("template").get("part").asText());
        assertEquals("ERROR", first.get("severity").asText());
        assertEquals("", first.get("path").asText());
    }

    @Test
    void theAnswerIsProblemJsonEvenWhenTheClientAskedOnlyForTheDocx() throws Exception {
        MockHttpServletResponse response = perform(post("/docx")
                .content("not json")
                .accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        assertEquals(400, response.getStatus());
        assertEquals("application/problem+json", response.getContentType());
        assertEquals("json.syntax", body(response).get("code").asText());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType("application/json")).andReturn().getResponse();
    }

    private static JsonNode body(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
