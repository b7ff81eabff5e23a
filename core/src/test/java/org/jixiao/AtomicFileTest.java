// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes that leave nothing behind, a typed failure, and stale temporary files cleared. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteIsAFileWriteExceptionNamingTheFileAndLeavesTheTargetAsItWas() throws IOException {
        Path missing = dir.resolve("no").resolve("x.docx");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFile.write(missing, new byte[] {1}));
        assertEquals("file.unwritable", e.code());
        assertEquals(missing, e.file());
        assertInstanceOf(NoSuchFileException.class, e.getCause());
        assertTrue(e.messageZh().startsWith("无法写入 " + missing), e.messageZh());
        assertTrue(e.messageEn().startsWith("cannot write " + missing), e.messageEn());

        // a folder in the way (not empty, so no move may replace it): the write fails after the temporary file was made
        Path directory = Files.createDirectory(dir.resolve("a.docx"));
        Files.writeString(directory.resolve("inside"), "kept");
        assertThrows(FileWriteException.class, () -> AtomicFile.write(directory, new byte[] {1}));
        assertEquals("kept", Files.readString(directory.resolve("inside")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(directory), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.docx");
        Files.writeString(target, "old");
        AtomicFile.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void writtenFilesGetTheUmaskPermissionsNotOwnerOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path plain = Files.createFile(dir.resolve("plain"));
        Path written = dir.resolve("written.docx");
        AtomicFile.write(written, new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }

    @Test
    @Tag("hostile-templates")
    void temporaryFilesOfAProcessThatIsGoneAreRemovedAndNothingElse() throws IOException, InterruptedException {
        Process finished = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        finished.waitFor();
        long gone = finished.pid();
        long alive = ProcessHandle.current().pid();
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        Path killed = Files.writeString(AtomicFile.temporary(dir.resolve("r153.docx"), gone), "half a document");
        Path ours = Files.writeString(AtomicFile.temporary(dir.resolve("r154.docx"), alive), "being written");
        Path oldStale = Files.writeString(dir.resolve(".r155.docx." + uuid + ".tmp"), "from an older jixiao");
        Files.setLastModifiedTime(
                oldStale,
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(AtomicFile.UNOWNED_AGE).minusSeconds(60)));
        Path oldFresh = Files.writeString(dir.resolve(".r156.docx." + uuid + ".tmp"), "just created");
        Path notOurs = Files.writeString(dir.resolve(".notes." + gone + ".tmp"), "someone else's");
        Path document = Files.writeString(dir.resolve("r153.docx"), "a document");

        assertEquals(2, AtomicFile.removeStaleTemporaries(dir));
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(oldStale));
        for (Path kept : List.of(ours, oldFresh, notOurs, document)) {
            assertTrue(Files.exists(kept), kept.toString());
        }
    }
}
