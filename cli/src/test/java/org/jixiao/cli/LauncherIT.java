// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jixiao} script at the repository root, as the README has a newcomer run it: from
 * another folder, with relative paths, and with its start-up archive made and then used.
 */
class LauncherIT {
    private static final Path ROOT = JarRun.JAR.getParent().getParent().getParent();
    private static final Path SCRIPT = ROOT.resolve("jixiao");
    private static final Path ARCHIVE = ROOT.resolve("cli/target/jixiao.jsa");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "./jixiao finishes");
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void rendersFromAnotherFolderAndKeepsItsStartUpArchive() throws IOException, InterruptedException {
        JarRun.potou(dir.resolve("potou-2022.json"));
        Run first = launch("render", "potou-2022.json");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("", first.err(), "the jar is up to date: no build, nothing on stderr");
        assertTrue(first.out().startsWith("已生成 potou-2022.docx（" + JarRun.potouWarnings() + " 个警告）"), first.out());
        assertTrue(Files.size(dir.resolve("potou-2022.docx")) > 10_000);

        assertTrue(Files.isRegularFile(ARCHIVE), "the class-data-sharing archive is made");
        String java = Files.readString(ARCHIVE.resolveSibling("jixiao.jsa.java"), StandardCharsets.UTF_8)
                .strip();
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), java);
        long made = Files.getLastModifiedTime(ARCHIVE).toMillis();

        Run second = launch("--lang", "en", "render", "missing.json");
        assertEquals(2, second.exitCode());
        assertEquals("jixiao: file not found: missing.json\n", second.err());
        assertEquals(made, Files.getLastModifiedTime(ARCHIVE).toMillis(), "the archive is reused, not made again");
    }
}
