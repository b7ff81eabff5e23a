// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.examples.ExampleReport;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: outlines listed, a report in another outline rendered, an administrator's own outline used. */
class OutlinesIT {
    @TempDir
    Path dir;

    @Test
    void outlinesListsTheShippedOutlinesTheDefaultFirst() {
        JarRun run = JarRun.in(dir, "outlines");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(
                lines.get(0).startsWith("guangdong-district ") && lines.get(0).endsWith("（默认）"), lines.get(0));
        assertTrue(lines.get(1).startsWith("hubei-short "));
        assertTrue(lines.get(2).startsWith("national-common "));
    }

    @Test
    void anOutlinesSectionsAreListedNumberedWithTheirIds() {
        JarRun run = JarRun.in(dir, "outlines", "hubei-short");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("一、自评结论  [conclusion] 必填"), run.out());
        assertTrue(run.outLines().contains("    1.执行率情况。  [conclusion.goals.execution] 必填：预算执行率"), run.out());
        assertTrue(run.outLines().contains("二、佐证材料  [evidence] 可选"), run.out());
    }

    @Test
    void anUnknownOutlineIsExitCodeTwoWithTheKnownOnes() {
        JarRun run = JarRun.in(dir, "outlines", "shanghai");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().startsWith("jixiao: 没有大纲 shanghai；可用的大纲：guangdong-district hubei-short national-common"),
                run.err());
    }

    @Test
    void aHubeiReportRendersInItsOwnOutlineWithoutAttachmentPages() throws IOException {
        Files.write(dir.resolve("jingmen.json"), ExampleReport.JINGMEN.json());
        JarRun run = JarRun.in(dir, "render", "jingmen.json");
        assertEquals(0, run.exitCode(), run.err());
        String text = DocxText.canonical(Files.readAllBytes(dir.resolve("jingmen.docx")));
        assertTrue(text.contains("[p style=Heading1] 一、自评结论"));
        assertFalse(text.contains("landscape"), "no attachment pages, so no landscape section");
    }

    @Test
    void anAdministratorsOwnOutlineIsUsedByItsId() throws IOException {
        Path outline = dir.resolve("county.json");
        Files.writeString(
                outline,
                """
                {
                  "id": "hunan-county",
                  "name": "某县部门整体支出绩效自评报告",
                  "region": "湖南",
                  "source": "县财政局通知所附提纲",
                  "title": "部门整体支出绩效评价报告",
                  "numbering": [],
                  "standardOpening": false,
                  "cover": [],
                  "sections": [
                    { "id": "score", "heading": "自评得分情况", "required": true, "content": ["SCORE"] },
                    { "id": "problems", "heading": "存在的问题", "required": true, "content": ["PROBLEMS"] }
                  ],
                  "attachments": []
                }
                """,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("report.json"),
                """
                {
                  "outline": "hunan-county",
                  "cover": { "evaluationYear": 2020, "evaluatedUnits": { "unit": "某县财政局" } },
                  "result": { "score": 97 },
                  "problems": [ { "title": "预算编制的精细化程度有待提高。" } ]
                }
                """,
                StandardCharsets.UTF_8);
        JarRun without = JarRun.in(dir, "validate", "report.json");
        assertEquals(1, without.exitCode(), "an outline the library does not know is an error");
        assertTrue(without.out().contains("[outline.unknown]"), without.out());

        JarRun run = JarRun.in(dir, "render", "report.json", "--outline", "county.json");
        assertEquals(0, run.exitCode(), run.err());
        String text = DocxText.canonical(Files.readAllBytes(dir.resolve("report.docx")));
        assertTrue(text.contains("[p style=Title] 部门整体支出绩效评价报告"), text);
        assertTrue(text.contains("[p style=Heading1] 一、自评得分情况"), text);
        assertTrue(text.contains("[p style=BodyText] 经自评，我单位2020年度部门整体绩效自评得分97分。"), text);
        assertTrue(text.contains("[p style=Heading1] 二、存在的问题"), text);
    }

    @Test
    void aBrokenOutlineFileIsExitCodeTwoWithWhereAndWhat() throws IOException {
        Files.writeString(
                dir.resolve("bad.json"),
                "{ \"id\": \"x\", \"name\": \"n\", \"title\": \"t\", \"sections\": [] ",
                StandardCharsets.UTF_8);
        JarRun run = JarRun.in(dir, "outlines", "--outline", "bad.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("jixiao: bad.json：[outline.malformed]"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
    }
}
