// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.Lang;
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
    void aFileThatCannotBeWrittenIsExitCode3WithTheReasonInTheChosenLanguage() {
        Failure failure = assertThrows(
                Failure.class, () -> OutputFile.write(dir.resolve("no").resolve("x.docx"), new byte[] {1}, Lang.EN));
        assertEquals(ExitCode.UNWRITABLE, failure.exitCode());
        assertTrue(failure.getMessage().contains("x.docx"), failure.getMessage());
    }
}
