// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.docx.TestDocx;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zip bombs are rejected before full inflation, with bounded heap. */
class ZipBombTest {
    private static final long GIB = 1L << 30;
    private static byte[] gigabyteOfZeros;

    @BeforeAll
    static void buildBomb() {
        // Streamed through a deflater 1 MiB at a time: the gigabyte never exists in memory (~1 MB compressed).
        gigabyteOfZeros = zip(TestDocx.docx().entries(), "word/media/zeros.bin", GIB, (byte) 0);
    }

    @Test
    void oneGigabyteEntryIsRejectedEarly() {
        Budget budget = Budget.start();
        List<Problem> problems = TemplatePreflight.check(gigabyteOfZeros);
        budget.assertWithin(1_000, 32L << 20);
        assertEquals(
                List.of("template.zip.bomb"),
                problems.stream().map(Problem::code).toList());
        assertEquals("word/media/zeros.bin", problems.get(0).template().part());
        assertTrue(
                problems.get(0).messageEn().contains("ratio"), problems.get(0).messageEn());
    }

    @Test
    void xmlLookingBombIsRejectedBeforeItIsKept() {
        byte[] bomb = zip(Map.of("[Content_Types].xml", "<Types/>"), "word/document.xml", 64L << 20, (byte) ' ');
        Budget budget = Budget.start();
        List<String> codes =
                TemplatePreflight.check(bomb).stream().map(Problem::code).toList();
        budget.assertWithin(1_000, 32L << 20);
        assertEquals(List.of("template.zip.bomb"), codes);
    }

    @Test
    void tenThousandTinyEntriesAreRejected() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 10_000; i++) {
                out.putNextEntry(new ZipEntry("word/media/x" + i + ".bin"));
                out.write(i);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Budget budget = Budget.start();
        List<Problem> problems = TemplatePreflight.check(bytes.toByteArray());
        budget.assertWithin(1_000, 32L << 20);
        assertEquals(
                List.of("template.zip.too-many-entries"),
                problems.stream().map(Problem::code).toList());
    }

    @Test
    void manyLargeEntriesAreStoppedAtTheTotalCap() {
        PreflightLimits limits = new PreflightLimits(1000, 20L << 20, 3L << 20, 1_000_000, 1L << 20, 20L << 20);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 8; i++) {
                out.putNextEntry(new ZipEntry("word/media/big" + i + ".bin"));
                out.write(new byte[1 << 20]);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = TemplatePreflight.check(bytes.toByteArray(), limits);
        assertEquals(
                List.of("template.zip.bomb"),
                problems.stream().map(Problem::code).toList());
        assertEquals("word/media/big3.bin", problems.get(0).template().part());
    }

    /** The given entries, then {@code bombName} holding {@code size} copies of {@code fill}, streamed. */
    static byte[] zip(Map<String, String> entries, String bombName, long size, byte fill) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(bombName));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, fill);
            if (fill != 0) {
                chunk[0] = '<';
                out.write(chunk);
                java.util.Arrays.fill(chunk, fill);
                size -= chunk.length;
            }
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
