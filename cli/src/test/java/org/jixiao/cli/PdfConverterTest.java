// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice is found on the PATH, the first executable soffice wins. */
class PdfConverterTest {
    @TempDir
    Path dir;

    @Test
    void noPathNoSoffice() {
        assertEquals(Optional.empty(), PdfConverter.soffice(null));
        assertEquals(Optional.empty(), PdfConverter.soffice(""));
        assertEquals(Optional.empty(), PdfConverter.soffice(dir.toString()));
    }

    @Test
    void theFirstExecutableSofficeOnThePathWins() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Path c = Files.createDirectory(dir.resolve("c"));
        Files.createFile(a.resolve("soffice"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path inB = Files.createFile(b.resolve("soffice"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createFile(c.resolve("soffice"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String path = String.join(File.pathSeparator, a.toString(), "", b.toString(), c.toString());
        assertEquals(Optional.of(inB), PdfConverter.soffice(path));
    }
}
