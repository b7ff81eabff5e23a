// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.AtomicFile;
import org.jixiao.FileWriteException;
import org.jixiao.Lang;

/** Names, checks and writes output files; a file that cannot be written is a {@link Failure} with exit code 3. */
final class OutputFile {
    private OutputFile() {}

    /**
     * Where to write: {@code given} itself, or {@code defaultName} inside it when it is a folder, or
     * {@code defaultName} in the current folder when {@code given} is null.
     */
    static Path target(Path given, String defaultName) {
        if (given == null) {
            return Path.of(defaultName);
        }
        return Files.isDirectory(given) ? given.resolve(defaultName) : given;
    }

    /** {@code input}'s file name with {@code .json} (any case) replaced by {@code extension}, or {@code extension} appended. */
    static String renamed(Path input, String extension) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot).toLowerCase(Locale.ROOT).equals(".json")) {
            name = name.substring(0, dot);
        }
        return name + extension;
    }

    /** The same file name with {@code .docx} replaced by {@code .pdf}, or {@code .pdf} appended. */
    static Path pdfBeside(Path docx) {
        String name = docx.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
        return docx.resolveSibling(base + ".pdf");
    }

    /** Fails (exit code 2) when {@code target} is the file {@code input}, which must not be overwritten. */
    static void refuseToOverwrite(Path input, Path target, Lang lang) {
        try {
            if (Files.exists(target) && Files.isSameFile(target, input)) {
                throw new Failure(ExitCode.UNREADABLE, Message.SAME_AS_INPUT.format(lang, target));
            }
        } catch (IOException e) {
            // cannot tell: writing will say what is wrong
        }
    }

    /** Fails early, before any work, when {@code file}'s folder is missing, not a folder or not writable. */
    static void checkFolder(Path file, Lang lang) {
        Path parent = file.getParent();
        Path folder = parent != null ? parent : file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        if (!Files.exists(folder)) {
            throw cannotWrite(file, Message.FOLDER_MISSING.format(lang, folder), lang);
        }
        if (!Files.isDirectory(folder)) {
            throw cannotWrite(file, Message.NOT_A_FOLDER.format(lang, folder), lang);
        }
        if (!Files.isWritable(folder)) {
            throw cannotWrite(file, Message.ACCESS_DENIED.format(lang), lang);
        }
    }

    /**
     * Writes {@code bytes} to {@code file} atomically ({@link AtomicFile#write}); a failure is exit code 3
     * with the operating system's reason in {@code lang}.
     */
    static void write(Path file, byte[] bytes, Lang lang) {
        try {
            AtomicFile.write(file, bytes);
        } catch (FileWriteException e) {
            throw cannotWrite(file, reason(e.getCause(), lang), lang);
        }
    }

    static Failure cannotWrite(Path file, String reason, Lang lang) {
        return new Failure(ExitCode.UNWRITABLE, Message.CANNOT_WRITE.format(lang, file, reason));
    }

    /** Why an I/O operation failed, in words: the operating system's reason where it gives one. */
    static String reason(Throwable e, Lang lang) {
        if (e instanceof AccessDeniedException) {
            return Message.ACCESS_DENIED.format(lang);
        }
        if (e instanceof NoSuchFileException n) {
            return Message.FILE_NOT_FOUND.format(lang, n.getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e != null && e.getMessage() != null) {
            return e.getMessage();
        }
        return e == null ? "?" : e.getClass().getSimpleName();
    }
}
