// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.Lang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output names, the early folder check, and atomic writes that leave nothing behind. */
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentIsNamedAfterTheReport() {
        assertEquals("potou-2022.docx", OutputFile.renamed(Path.of("in", "potou-2022.json"), ".docx"));
        assertEquals("A.docx", OutputFile.renamed(Path.of("A.JSON"), ".docx"));
        assertEquals("report.docx", OutputFile.renamed(Path.of("report"), ".docx"));
        assertEquals("a.b.docx", OutputFile.renamed(Path.of("a.b.json"), ".docx"));
        assertEquals(".json.docx", OutputFile.renamed(Path.of(".json"), ".docx"));
    }

    @Test
    void thePdfGoesBesideTheDocx() {
        assertEquals(Path.of("out", "a.pdf"), OutputFile.pdfBeside(Path.of("out", "a.docx")));
        assertEquals(Path.of("a.DOC.pdf"), OutputFile.pdfBeside(Path.of("a.DOC")));
    }

    @Test
    void aFolderAsTargetGetsTheDefaultName() {
        assertEquals(dir.resolve("x.docx"), OutputFile.target(dir, "x.docx"));
        assertEquals(Path.of("x.docx"), OutputFile.target(null, "x.docx"));
        assertEquals(dir.resolve("y.docx"), OutputFile.target(dir.resolve("y.docx"), "x.docx"));
    }

    @Test
    void aMissingFolderOrAFileAsFolderIsExit3() throws IOException {
        Failure missing = assertThrows(
                Failure.class, () -> OutputFile.checkFolder(dir.resolve("no").resolve("x.docx"), Lang.EN));
        assertEquals(ExitCode.UNWRITABLE, missing.exitCode());
        assertTrue(missing.getMessage().endsWith("does not exist"), missing.getMessage());
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Failure notAFolder = assertThrows(Failure.class, () -> OutputFile.checkFolder(file.resolve("x.docx"), Lang.ZH));
        assertEquals(ExitCode.UNWRITABLE, notAFolder.exitCode());
        assertTrue(notAFolder.getMessage().endsWith("不是文件夹"), notAFolder.getMessage());
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.docx");
        Files.writeString(target, "old");
        OutputFile.write(target, new byte[] {1, 2, 3}, Lang.ZH);
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
        OutputFile.write(written, new byte[] {1}, Lang.ZH);
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
        Path killed = Files.writeString(OutputFile.temporary(dir.resolve("r153.docx"), gone), "half a document");
        Path ours = Files.writeString(OutputFile.temporary(dir.resolve("r154.docx"), alive), "being written");
        Path oldStale = Files.writeString(dir.resolve(".r155.docx." + uuid + ".tmp"), "from an older jixiao");
        Files.setLastModifiedTime(
                oldStale,
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(OutputFile.UNOWNED_AGE).minusSeconds(60)));
        Path oldFresh = Files.writeString(dir.resolve(".r156.docx." + uuid + ".tmp"), "just created");
        Path notOurs = Files.writeString(dir.resolve(".notes." + gone + ".tmp"), "someone else's");
        Path document = Files.writeString(dir.resolve("r153.docx"), "a document");

        assertEquals(2, OutputFile.removeStaleTemporaries(dir));
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(oldStale));
        for (Path kept : List.of(ours, oldFresh, notOurs, document)) {
            assertTrue(Files.exists(kept), kept.toString());
        }
    }
}
