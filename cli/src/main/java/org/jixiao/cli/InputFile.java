// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateException;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.Reports;

/** Reads the files commands take: a file that cannot be read is a {@link Failure} with exit code 2. */
final class InputFile {
    private InputFile() {}

    /**
     * Opens {@code file} and hands the stream to {@code reader}; the library's own exceptions (a
     * {@link MalformedReportException}, a {@link TemplateException}) pass through.
     */
    static <T> T read(Path file, Lang lang, Function<InputStream, T> reader) {
        if (Files.isDirectory(file)) {
            throw new Failure(ExitCode.UNREADABLE, Message.NOT_A_FILE.format(lang, file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCode.UNREADABLE, Message.FILE_NOT_FOUND.format(lang, file));
        } catch (AccessDeniedException e) {
            throw new Failure(
                    ExitCode.UNREADABLE, Message.CANNOT_READ.format(lang, file, Message.ACCESS_DENIED.format(lang)));
        } catch (IOException e) {
            throw new Failure(ExitCode.UNREADABLE, Message.CANNOT_READ.format(lang, file, OutputFile.reason(e, lang)));
        } catch (UncheckedIOException e) {
            throw new Failure(
                    ExitCode.UNREADABLE, Message.CANNOT_READ.format(lang, file, OutputFile.reason(e.getCause(), lang)));
        }
    }

    /** The report in {@code file}; not JSON or not a report is a {@link Failure} with exit code 2. */
    static Report report(Path file, Lang lang) {
        try {
            return read(file, lang, ReportJson::read);
        } catch (MalformedReportException e) {
            throw malformed(file, e, lang);
        }
    }

    /** {@code custom}, or the official template that fits {@code report} in its outline. */
    static DocxTemplate templateFor(DocxTemplate custom, Report report, Outlines outlines) {
        return custom != null ? custom : Reports.officialTemplate(report, outlines);
    }

    static Failure malformed(Path file, MalformedReportException e, Lang lang) {
        return new Failure(ExitCode.UNREADABLE, Message.MALFORMED.format(lang, file, e.code(), e.message(lang)));
    }

    /** An outline file that cannot be used: exit code 2, with the library's message. */
    static Failure outlineUnreadable(Path file, JixiaoException e, Lang lang) {
        return new Failure(ExitCode.UNREADABLE, Message.MALFORMED.format(lang, file, e.code(), e.message(lang)));
    }

    /**
     * The template in {@code file}, or null when {@code file} is null (each report then gets the
     * official template that fits its outline: {@link #templateFor}); a template with problems is a
     * {@link Failure} with exit code 1 that lists them.
     */
    static DocxTemplate template(Path file, Lang lang) {
        if (file == null) {
            return null;
        }
        try {
            return read(file, lang, DocxTemplate::compile);
        } catch (TemplateException e) {
            throw new Failure(
                    ExitCode.REJECTED,
                    Message.TEMPLATE_REJECTED.format(lang, file, e.problems().size()),
                    e.problems().stream().map(p -> p.describe(lang)).toList());
        }
    }
}
