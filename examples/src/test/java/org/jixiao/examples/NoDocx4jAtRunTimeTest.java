// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official template was compiled when jixiao was built: a fresh JVM that renders the Potou
 * report with it never loads docx4j, JAXB or an XML parser (their start-up alone costs seconds).
 */
class NoDocx4jAtRunTimeTest {
    private static final List<String> NOT_AT_RUN_TIME = List.of(
            "org.docx4j.",
            "jakarta.xml.bind.",
            "org.glassfish.jaxb.",
            "com.sun.xml.bind.",
            "javax.xml.stream.XMLInputFactory",
            "javax.xml.parsers.");

    @Test
    void renderingTheOfficialTemplateLoadsNoDocx4jJaxbOrXmlParser(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("potou.docx");
        Path classes = dir.resolve("classes.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info:file=" + classes,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RenderPotouExample.class.getName(),
                        out.toString()))
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the render finishes");
        assertEquals(0, p.exitValue(), log);
        assertTrue(DocxText.canonical(Files.readAllBytes(out)).contains("湛江市坡头区民政局"), "the document is there");

        List<String> loaded = Files.readAllLines(classes).stream()
                .map(line -> line.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
                .toList();
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.jixiao.docx.")), "the log lists classes");
        assertEquals(
                List.of(),
                loaded.stream()
                        .filter(c -> NOT_AT_RUN_TIME.stream().anyMatch(c::startsWith))
                        .map(c -> c.replaceFirst(" source: .*", ""))
                        .limit(5)
                        .toList(),
                "the first classes loaded that a precompiled template should not need");
    }
}
