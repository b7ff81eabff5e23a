// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External programs are found on the PATH, the first executable one wins; a log's last line says why one failed. */
class ExternalProgramTest {
    @TempDir
    Path dir;

    @Test
    void noPathNoProgram() {
        assertEquals(Optional.empty(), ExternalProgram.find("soffice", null));
        assertEquals(Optional.empty(), ExternalProgram.find("soffice", ""));
        assertEquals(Optional.empty(), ExternalProgram.find("soffice", dir.toString()));
    }

    @Test
    void theFirstExecutableOnThePathWins() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Path c = Files.createDirectory(dir.resolve("c"));
        Files.createFile(
                a.resolve("pdftoppm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path inB = Files.createFile(
                b.resolve("pdftoppm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createFile(
                c.resolve("pdftoppm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String path = String.join(File.pathSeparator, a.toString(), "", b.toString(), c.toString());
        assertEquals(Optional.of(new ExternalProgram(inB)), ExternalProgram.find("pdftoppm", path));
        assertEquals(Optional.empty(), ExternalProgram.find("soffice", path));
    }

    @Test
    void theLastNonBlankLineOfTheLogSaysWhy() throws IOException {
        Path log = dir.resolve("log");
        Files.writeString(log, "starting\nError: source file could not be loaded\n\n  \n", StandardCharsets.UTF_8);
        assertEquals("exit 1: Error: source file could not be loaded", ExternalProgram.lastLine(log, 1));
        Files.writeString(log, "", StandardCharsets.UTF_8);
        assertEquals("exit 77", ExternalProgram.lastLine(log, 77));
        assertEquals("exit 2", ExternalProgram.lastLine(dir.resolve("missing"), 2));
    }
}
