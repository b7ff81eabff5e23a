// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.AtomicFile;
import org.jixiao.Lang;

/**
 * Writes the pages of a PDF as PNG images with poppler's {@code pdftoppm}, found on the PATH, beside the
 * .docx: {@code report.docx} → {@code report-01.png}, {@code report-02.png} … (two digits, three from
 * 100 pages on). The pages an earlier, longer run of the same name left are deleted, so the folder
 * holds one document's pages. Every way this fails is a {@link Failure}
 * with {@link ExitCode#NOT_CONVERTED}.
 */
final class PageImages {
    /** Screen resolution: an A4 page is 794 × 1123 pixels. */
    static final int DPI = 96;

    static final int TIMEOUT_SECONDS = 120;

    private final Lang lang;

    PageImages(Lang lang) {
        this.lang = lang;
    }

    /** pdftoppm, or a {@link Failure} that says how to install it. */
    ExternalProgram pdftoppm() {
        return ExternalProgram.require(
                "pdftoppm",
                lang,
                Message.PNG_NO_PDFTOPPM,
                Message.PNG_INSTALL_DEBIAN,
                Message.PNG_INSTALL_MACOS,
                Message.PNG_INSTALL_WINDOWS);
    }

    /**
     * Writes {@code pdf}'s pages beside {@code docx}, named after it.
     *
     * @return the images written, in page order
     */
    List<Path> write(Path pdf, Path docx) {
        ExternalProgram pdftoppm = pdftoppm();
        String base = baseName(docx);
        try (WorkFolder work = WorkFolder.beside(docx, ".jixiao-png-")) {
            Path log = work.path().resolve("pdftoppm.log");
            OptionalInt exit = pdftoppm.run(
                    List.of(
                            "-png",
                            "-r",
                            Integer.toString(DPI),
                            pdf.toAbsolutePath().toString(),
                            work.path().resolve("page").toString()),
                    Map.of(),
                    log,
                    TIMEOUT_SECONDS);
            if (exit.isEmpty()) {
                throw new Failure(ExitCode.NOT_CONVERTED, Message.PNG_TIMEOUT.format(lang, pdf, TIMEOUT_SECONDS));
            }
            List<Path> pages = pages(work.path(), "page");
            if (exit.getAsInt() != 0 || pages.isEmpty()) {
                throw new Failure(
                        ExitCode.NOT_CONVERTED,
                        Message.PNG_FAILED.format(lang, pdf, ExternalProgram.lastLine(log, exit.getAsInt())));
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Path target = docx.resolveSibling(pageName(base, i + 1, pages.size()));
                AtomicFile.move(pages.get(i), target.toAbsolutePath());
                written.add(target);
            }
            deleteLeftovers(docx, base, pages.size());
            return written;
        } catch (IOException e) {
            throw new Failure(ExitCode.NOT_CONVERTED, Message.PNG_FAILED.format(lang, pdf, OutputFile.reason(e, lang)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(ExitCode.NOT_CONVERTED, Message.PNG_FAILED.format(lang, pdf, "interrupted"));
        }
    }

    /** {@code base-NN.png}: page {@code page} of {@code count}, zero-padded to at least two digits. */
    static String pageName(String base, int page, int count) {
        int width = Math.max(2, Integer.toString(count).length());
        return String.format(Locale.ROOT, "%s-%0" + width + "d.png", base, page);
    }

    /** The .docx's file name without {@code .docx}. */
    static String baseName(Path docx) {
        String name = docx.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
    }

    /** pdftoppm's {@code prefix-N.png} files in {@code folder}, by page number (it pads N to the page count's width). */
    static List<Path> pages(Path folder, String prefix) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "-(\\d+)\\.png");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(f -> {
                        Matcher m = name.matcher(f.getFileName().toString());
                        m.matches();
                        return Integer.parseInt(m.group(1));
                    }))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Deletes what an earlier run of the same name left: pages beyond {@code count} ({@code base-(count+1).png}
     * … for as long as they exist) and, for the pages just written, their other padding ({@code base-001.png}
     * beside {@code base-01.png}). Stops at the first gap beyond {@code count}, so a file that merely looks
     * like a page ({@code report-2022.png}) is kept.
     */
    static void deleteLeftovers(Path docx, String base, int count) throws IOException {
        for (int page = 1; ; page++) {
            boolean found = false;
            for (int digits = 2; digits <= 3; digits++) {
                String name = String.format(Locale.ROOT, "%s-%0" + digits + "d.png", base, page);
                if (page > count || !name.equals(pageName(base, page, count))) {
                    found |= Files.deleteIfExists(docx.resolveSibling(name));
                }
            }
            if (page > count && !found) {
                return;
            }
        }
    }
}
