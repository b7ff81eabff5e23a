// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jixiao.AtomicFile;
import org.jixiao.Lang;

/**
 * Converts a .docx to PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), found on the
 * PATH. Each conversion runs in a {@link WorkFolder} of its own with a fresh LibreOffice profile, so it
 * neither waits for nor disturbs a LibreOffice the user has open, nor another conversion; gets jixiao's
 * {@link FontSubstitution}; and has a time limit. The PDF appears atomically. Every way this fails is a
 * {@link Failure} with {@link ExitCode#NOT_CONVERTED}.
 */
final class PdfConverter {
    static final int TIMEOUT_SECONDS = 120;

    private final Lang lang;

    PdfConverter(Lang lang) {
        this.lang = lang;
    }

    /** LibreOffice, or a {@link Failure} that says how to install it. */
    ExternalProgram soffice() {
        return ExternalProgram.require(
                "soffice",
                lang,
                Message.PDF_NO_SOFFICE,
                Message.PDF_INSTALL_DEBIAN,
                Message.PDF_INSTALL_MACOS,
                Message.PDF_INSTALL_WINDOWS);
    }

    void convert(Path docx, Path pdf) {
        ExternalProgram soffice = soffice();
        try (WorkFolder work = WorkFolder.beside(pdf, ".jixiao-pdf-")) {
            Path log = work.path().resolve("soffice.log");
            Map<String, String> fonts = FontSubstitution.environment(work.path(), System.getenv());
            OptionalInt exit = soffice.run(
                    List.of(
                            "-env:UserInstallation="
                                    + work.path().resolve("profile").toUri(),
                            "--headless",
                            "--norestore",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            work.path().toString(),
                            docx.toAbsolutePath().toString()),
                    fonts,
                    log,
                    TIMEOUT_SECONDS);
            if (exit.isEmpty()) {
                throw new Failure(ExitCode.NOT_CONVERTED, Message.PDF_TIMEOUT.format(lang, docx, TIMEOUT_SECONDS));
            }
            Path produced =
                    work.path().resolve(OutputFile.pdfBeside(docx.getFileName()).getFileName());
            if (exit.getAsInt() != 0 || !Files.isRegularFile(produced)) {
                throw new Failure(
                        ExitCode.NOT_CONVERTED,
                        Message.PDF_FAILED.format(lang, docx, ExternalProgram.lastLine(log, exit.getAsInt())));
            }
            AtomicFile.move(produced, pdf.toAbsolutePath());
        } catch (IOException e) {
            throw new Failure(
                    ExitCode.NOT_CONVERTED, Message.PDF_FAILED.format(lang, docx, OutputFile.reason(e, lang)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(ExitCode.NOT_CONVERTED, Message.PDF_FAILED.format(lang, docx, "interrupted"));
        }
    }
}
