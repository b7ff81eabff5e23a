// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file atomically: the bytes go to a temporary file in the same folder, forced to disk, then
 * moved over the target. A reader sees the old file or the new one, never half of one; on failure the
 * target is untouched and the temporary file removed. Thread-safe.
 *
 * <p>The file gets the permissions the user's umask gives new files (not {@code Files.createTempFile}'s
 * owner-only 0600, which would hide a document on a shared folder). The temporary file is named
 * {@code .<name>.<pid>.<uuid>.tmp}, so that one left by a killed process is known as stale
 * ({@link #removeStaleTemporaries}).
 *
 * @since 0.2.0
 */
public final class AtomicFile {
    /** {@code .<name>.<pid>.<uuid>.tmp} (the pid absent in older ones): group 1 is the pid. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+?\\.(?:(\\d{1,18})\\.)?\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.tmp");

    /** How old a temporary file without a process id must be to count as stale. */
    public static final Duration UNOWNED_AGE = Duration.ofMinutes(10);

    private AtomicFile() {}

    /**
     * Writes {@code bytes} to {@code target}, replacing it atomically where the file system can.
     *
     * @throws FileWriteException when the file cannot be written; {@code target} is then as it was
     */
    public static void write(Path target, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
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
            throw new FileWriteException(target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A new name for a temporary file beside {@code file}, of process {@code pid}: {@code .<name>.<pid>.<uuid>.tmp}. */
    public static Path temporary(Path file, long pid) {
        return file.resolveSibling("." + file.getFileName() + "." + pid + "." + UUID.randomUUID() + ".tmp");
    }

    /**
     * Deletes the temporary files {@link #write} left in {@code folder} when its process was killed
     * ({@code kill -9}, a power cut) between writing and moving them: those whose process is no longer
     * running, and those of the older naming without a process id that are more than
     * {@link #UNOWNED_AGE} old (a write moves its file within seconds). A process on another machine
     * writing to the same shared folder cannot be told from a dead one; its move then fails and is
     * reported. Other files are never touched; failures to list or delete are ignored.
     *
     * @return how many files were deleted
     */
    public static int removeStaleTemporaries(Path folder) {
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

    /**
     * Moves {@code from} over {@code to}, atomically where the file system can.
     *
     * @throws IOException when the move fails
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
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
