// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jixiao.docx.TestDocx;
import org.jixiao.docx.internal.preflight.TemplatePreflight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicZipTest {
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        TestDocx.docx()
                .header("rIdH", "header1.xml", "<w:p><w:r><w:t>页眉</w:t></w:r></w:p>")
                .entries()
                .forEach((n, c) -> parts.put(n, c.getBytes(StandardCharsets.UTF_8)));
        parts.put("word/media/图片 1.bin", new byte[] {0, 1, 2, 3});
        parts.put("word/empty.xml", new byte[0]);
        return parts;
    }

    private static byte[] write(Map<String, byte[]> parts) {
        DeterministicZip zip = new DeterministicZip();
        parts.forEach(zip::add);
        return zip.toByteArray();
    }

    @Test
    void twoWritesAreByteIdentical() throws InterruptedException {
        byte[] first = write(parts());
        Thread.sleep(1_100); // a writer using the clock would now differ
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone.getID().equals("UTC") ? "Asia/Shanghai" : "UTC"));
            assertArrayEquals(first, write(parts()));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void zipInputStreamReadsEveryEntryBackInOrder() throws IOException {
        Map<String, byte[]> parts = parts();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(write(parts)))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                assertArrayEquals(parts.get(e.getName()), in.readAllBytes(), e.getName());
                assertFixedMetadata(e);
            }
        }
        assertEquals(new ArrayList<>(parts.keySet()), names);
    }

    @Test
    void zipFileReadsTheSameEntries(@TempDir Path dir) throws IOException {
        Map<String, byte[]> parts = parts();
        Path file = dir.resolve("out.docx");
        Files.write(file, write(parts));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
            assertEquals(new ArrayList<>(parts.keySet()), names);
            for (ZipEntry e : Collections.list(zip.entries())) {
                assertArrayEquals(parts.get(e.getName()), zip.getInputStream(e).readAllBytes(), e.getName());
                assertEquals(parts.get(e.getName()).length, e.getSize());
                assertFixedMetadata(e);
            }
        }
    }

    private static void assertFixedMetadata(ZipEntry e) {
        assertEquals(DOS_EPOCH, e.getTimeLocal(), e.getName());
        assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName());
        assertNull(e.getExtra(), e.getName());
        assertNull(e.getComment(), e.getName());
    }

    @Test
    void contentTypesComeFirstWhateverTheOrderAdded() throws IOException {
        DeterministicZip zip = new DeterministicZip();
        zip.add("word/document.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        zip.add(DeterministicZip.CONTENT_TYPES, "<Types/>".getBytes(StandardCharsets.UTF_8));
        zip.add("_rels/.rels", "<b/>".getBytes(StandardCharsets.UTF_8));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            assertEquals(DeterministicZip.CONTENT_TYPES, in.getNextEntry().getName());
            assertEquals("word/document.xml", in.getNextEntry().getName());
            assertEquals("_rels/.rels", in.getNextEntry().getName());
        }
    }

    @Test
    void preDeflatedPartsCopyToTheSameBytes() {
        Map<String, byte[]> parts = parts();
        DeterministicZip copied = new DeterministicZip();
        parts.forEach((name, data) -> {
            Deflated once = Deflated.of(data);
            copied.addDeflated(name, once.compressed(), once.crc32(), once.size());
        });
        assertArrayEquals(write(parts), copied.toByteArray());
    }

    @Test
    void outputIsAPackageThePreflightAccepts() {
        byte[] docx = write(parts());
        assertEquals(List.of(), TemplatePreflight.check(docx));
    }

    @Test
    void duplicateAndUnsafeNamesAreRefused() {
        DeterministicZip zip = new DeterministicZip().add("word/document.xml", new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> zip.add("word/document.xml", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> zip.add("Word/Document.xml", new byte[0]));
        for (String bad : new String[] {"", "/abs.xml", "../x.xml", "word\\x.xml", "word//x.xml", "word/"}) {
            assertThrows(IllegalArgumentException.class, () -> zip.add(bad, new byte[0]), bad);
        }
    }
}
