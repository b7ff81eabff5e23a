// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each runnable example, run as a user would. */
class ExamplesRunTest {

    @Test
    void renderPotouExampleWritesTheDocument(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("potou-2022.docx");
        RenderPotouExample.main(new String[] {out.toString()});
        byte[] docx = Files.readAllBytes(out);
        assertTrue(DocxText.canonical(docx).contains("整体绩效自评报告"));
    }

    @Test
    void oaIntegrationAnswersAGoodReportWithTheDocumentAndItsWarnings() {
        OaIntegrationExample.Response response = OaIntegrationExample.handle(PotouExample.json());
        assertEquals(200, response.status());
        assertNotNull(response.docx());
        assertTrue(response.problems().stream().allMatch(p -> p.severity().equals("WARNING")));
        assertTrue(
                response.problems().stream()
                        .anyMatch(p -> p.path().startsWith("/indicatorAnalysis/benefit/goalAchievement/targets/0")),
                "the stated 85% is a warning on its field");
    }

    @Test
    void oaIntegrationAnswersMalformedJsonWithTheFieldPath() {
        String json = new String(PotouExample.json(), StandardCharsets.UTF_8)
                .replaceFirst("\"evaluationYear\"", "\"evaluationYaer\"");
        OaIntegrationExample.Response response = OaIntegrationExample.handle(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.status());
        assertNull(response.docx());
        assertEquals("json.unknown-property", response.problems().get(0).code());
        assertTrue(
                response.problems().get(0).path().startsWith("/cover"),
                response.problems().get(0).path());
    }

    @Test
    void oaIntegrationAnswersAnInvalidReportWithEveryErrorForTheForm() {
        String json = new String(PotouExample.json(), StandardCharsets.UTF_8)
                .replaceFirst("\"fillingDate\": \"2023-05-07\"", "\"fillingDate\": \"2022-05-07\"");
        OaIntegrationExample.Response response = OaIntegrationExample.handle(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, response.status());
        assertNull(response.docx());
        assertTrue(
                response.problems().stream()
                        .anyMatch(p -> p.severity().equals("ERROR") && p.path().equals("/cover/fillingDate")),
                response.problems().toString());
    }

    @Test
    void oaIntegrationMainRuns() {
        OaIntegrationExample.main(new String[0]);
    }
}
