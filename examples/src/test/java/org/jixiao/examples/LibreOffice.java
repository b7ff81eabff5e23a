// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: LibreOffice ({@code soffice}) and poppler ({@code pdftotext}, {@code pdfinfo}) run as
 * external programs, each conversion with a fresh profile in the test's own folder. Tests that need
 * them are skipped, saying what to install, where they are missing.
 */
final class LibreOffice {
    private LibreOffice() {}

    /** Skips the calling test unless every one of {@code commands} is on the PATH. */
    static void assumeInstalled(String... commands) {
        for (String command : commands) {
            Assumptions.assumeTrue(
                    onPath(command),
                    command + " is not installed: apt-get install libreoffice-writer-nogui poppler-utils");
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} in {@code dir}; fails unless it exits 0 within three minutes. Returns its output. */
    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command + " failed: " + text);
        return text;
    }

    /**
     * Converts {@code document} with {@code soffice --convert-to filter} into {@code outDir}, with a
     * profile in {@code dir}; returns the converted file (same name, the filter's extension).
     */
    static Path convert(Path dir, Path document, String filter, Path outDir) throws IOException, InterruptedException {
        run(
                dir,
                List.of(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        filter,
                        "--outdir",
                        outDir.toString(),
                        document.toString()));
        String name = document.getFileName().toString();
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        return outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
    }

    /** The PDF of {@code docx}, beside it. */
    static Path toPdf(Path dir, Path docx) throws IOException, InterruptedException {
        return convert(dir, docx, "pdf", docx.toAbsolutePath().getParent());
    }

    /** The text of each page of {@code pdf} ({@code pdftotext}, reading order), first page first. */
    static List<String> pages(Path dir, Path pdf) throws IOException, InterruptedException {
        String text = run(dir, List.of("pdftotext", pdf.toString(), "-"));
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }
}
