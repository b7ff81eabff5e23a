// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package deterministically into memory: entries in the order given, every timestamp
 * 1980-01-01 00:00 as local DOS time (so the default time zone plays no part), no extra fields, no
 * comment, one fixed compression level. Already-compressed media are stored with a CRC computed
 * once at compile time.
 */
public final class ZipOut {
    /** The compression level of every deflated entry; part of the output's identity. */
    public static final int LEVEL = Deflater.BEST_SPEED;
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ByteArrayOutputStream bytes;
    private final ZipOutputStream zip;

    public ZipOut(int estimate) {
        bytes = new ByteArrayOutputStream(estimate);
        zip = new ZipOutputStream(bytes);
        zip.setLevel(LEVEL);
    }

    public void deflated(String name, byte[] b, int off, int len) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(EPOCH);
        e.setMethod(ZipEntry.DEFLATED);
        put(e, b, off, len);
    }

    public void stored(String name, byte[] b, long crc) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(EPOCH);
        e.setMethod(ZipEntry.STORED);
        e.setSize(b.length);
        e.setCompressedSize(b.length);
        e.setCrc(crc);
        put(e, b, 0, b.length);
    }

    public byte[] finish() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void put(ZipEntry e, byte[] b, int off, int len) {
        try {
            zip.putNextEntry(e);
            zip.write(b, off, len);
            zip.closeEntry();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The CRC-32 of {@code b}, for {@link #stored}. */
    public static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }
}
