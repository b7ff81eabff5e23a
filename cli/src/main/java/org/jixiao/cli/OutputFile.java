// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.Lang;

/** Names, checks and writes output files; a file that cannot be written is a {@link Failure} with exit code 3. */
final class OutputFile {
    /** {@code .<name>.<pid>.<uuid>.tmp} (the pid absent in older ones): group 1 is the pid. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+?\\.(?:(\\d{1,18})\\.)?\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.tmp");

    /** How old a temporary file without a process id must be to count as stale. */
    static final Duration UNOWNED_AGE = Duration.ofMinutes(10);

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
     * Writes {@code bytes} to {@code file} atomically: a temporary file in the same folder, forced to
     * disk, then moved over {@code file}; on failure {@code file} is untouched and nothing is left behind.
     * The file gets the permissions the user's umask gives new files (not {@code Files.createTempFile}'s
     * owner-only 0600, which would hide a document on a shared folder). The temporary file is named
     * {@code .<name>.<pid>.<uuid>.tmp}, so that one left by a killed process is known as stale
     * ({@link #removeStaleTemporaries}).
     */
    static void write(Path file, byte[] bytes, Lang lang) {
        Path absolute = file.toAbsolutePath();
        Path temp = null;
        try {
            Path candidate = temporary(absolute, ProcessHandle.current().pid());
            try (FileChannel channel =
                    FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                temp = candidate;
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(/* metaData= */ true);
            }
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw cannotWrite(file, reason(e, lang), lang);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A new name for a temporary file beside {@code file}, of process {@code pid}: {@code .<name>.<pid>.<uuid>.tmp}. */
    static Path temporary(Path file, long pid) {
        return file.resolveSibling("." + file.getFileName() + "." + pid + "." + UUID.randomUUID() + ".tmp");
    }

    /**
     * Deletes the temporary files {@link #write} left in {@code folder} when its process was killed
     * ({@code kill -9}, a power cut) between writing and moving them: those whose process is no longer
     * running, and those of the older naming without a process id that are more than
     * {@link #UNOWNED_AGE} old (a write moves its file within seconds). A process on another machine
     * writing to the same shared folder cannot be told from a dead one; its move then fails and is
     * reported. Other files are never touched; failures to list or delete are ignored (the batch then
     * says what it cannot write).
     *
     * @return how many files were deleted
     */
    static int removeStaleTemporaries(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && stale(p, m.group(1)) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // listing or deleting failed: the files stay, as they would have without this
        }
        return removed;
    }

    private static boolean stale(Path temp, String pid) throws IOException {
        if (pid == null) {
            Instant modified = Files.getLastModifiedTime(temp).toInstant();
            return modified.isBefore(Instant.now().minus(UNOWNED_AGE));
        }
        long owner = Long.parseLong(pid);
        return owner != ProcessHandle.current().pid()
                && ProcessHandle.of(owner).map(h -> !h.isAlive()).orElse(true);
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already failed; that failure is the one to report
        }
    }
}
