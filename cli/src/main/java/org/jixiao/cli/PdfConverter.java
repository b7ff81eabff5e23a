// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.Lang;

/**
 * Converts a .docx to PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), found on the
 * PATH. Each conversion gets a fresh LibreOffice profile, so it neither waits for nor disturbs a
 * LibreOffice the user has open, and a time limit; the PDF appears atomically. Every way this fails
 * is a {@link Failure} with {@link ExitCode#NO_PDF}.
 */
final class PdfConverter {
    static final int TIMEOUT_SECONDS = 120;

    private final Lang lang;

    PdfConverter(Lang lang) {
        this.lang = lang;
    }

    void convert(Path docx, Path pdf) {
        Path soffice = soffice(System.getenv("PATH")).orElseThrow(() -> new Failure(
                ExitCode.NO_PDF,
                Message.PDF_NO_SOFFICE.format(lang),
                List.of(Message.PDF_INSTALL_DEBIAN.format(lang), Message.PDF_INSTALL_MACOS.format(lang),
                        Message.PDF_INSTALL_WINDOWS.format(lang))));
        Path work = null;
        try {
            // Beside the target, so the finished PDF is moved, not copied, into place.
            work = Files.createTempDirectory(pdf.toAbsolutePath().getParent(), ".jixiao-pdf-");
            Path log = work.resolve("soffice.log");
            Process process = new ProcessBuilder(
                            soffice.toString(),
                            "-env:UserInstallation=" + work.resolve("profile").toUri(),
                            "--headless",
                            "--norestore",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            work.toString(),
                            docx.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new Failure(ExitCode.NO_PDF, Message.PDF_TIMEOUT.format(lang, docx, TIMEOUT_SECONDS));
            }
            Path produced = work.resolve(OutputFile.pdfBeside(docx.getFileName()).getFileName());
            if (process.exitValue() != 0 || !Files.isRegularFile(produced)) {
                throw new Failure(ExitCode.NO_PDF, Message.PDF_FAILED.format(lang, docx, lastLine(log, process.exitValue())));
            }
            OutputFile.move(produced, pdf.toAbsolutePath());
        } catch (IOException e) {
            throw new Failure(ExitCode.NO_PDF, Message.PDF_FAILED.format(lang, docx, OutputFile.reason(e, lang)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(ExitCode.NO_PDF, Message.PDF_FAILED.format(lang, docx, "interrupted"));
        } finally {
            deleteTree(work);
        }
    }

    /** The first {@code soffice} (or {@code soffice.exe}) on {@code path}, a PATH-style list of folders. */
    static Optional<Path> soffice(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String name : List.of("soffice", "soffice.exe")) {
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String lastLine(Path log, int exitValue) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b)
                    .map(l -> "exit " + exitValue + ": " + l)
                    .orElse("exit " + exitValue);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "exit " + exitValue;
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a leftover temporary folder is not worth failing the command for
        }
    }
}
