// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.zip;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A part's bytes deflated once (raw deflate, level {@value #LEVEL}) with their CRC-32 and size: compute it when a
 * template is compiled, then copy it into every render with {@link DeterministicZip#add(String, Deflated)}.
 * Immutable and thread-safe.
 */
public final class Deflated {
    /**
     * The one compression level used, so equal inputs give equal bytes. zlib's fastest: deflating
     * {@code document.xml} is most of a render's time, and level 1 does it 2.5 times faster than the
     * usual level 6 for a document about 14% larger (the Potou report: 28.0 kB instead of 24.7 kB).
     */
    public static final int LEVEL = 1;

    private final byte[] compressed;
    private final int crc32;
    private final long size;

    private Deflated(byte[] compressed, int crc32, long size) {
        this.compressed = compressed;
        this.crc32 = crc32;
        this.size = size;
    }

    /** Deflates {@code data} (copied; not null). */
    public static Deflated of(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        Deflater deflater = new Deflater(LEVEL, /* nowrap= */ true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return new Deflated(out.toByteArray(), (int) crc.getValue(), data.length);
        } finally {
            deflater.end();
        }
    }

    /**
     * Wraps bytes deflated elsewhere (raw deflate, no zlib header). Trusted input: the CRC and size
     * are written as given and only a reader checks them.
     *
     * @param size the inflated size in bytes
     */
    public static Deflated ofCompressed(byte[] compressed, int crc32, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
        return new Deflated(compressed.clone(), crc32, size);
    }

    /** The raw-deflate bytes (a copy). */
    public byte[] compressed() {
        return compressed.clone();
    }

    /** CRC-32 of the inflated bytes. */
    public int crc32() {
        return crc32;
    }

    /** Inflated size in bytes. */
    public long size() {
        return size;
    }

    /** The inflated bytes: a part a render must change (a relationships or content-types part). */
    public byte[] inflate() {
        Inflater inflater = new Inflater(/* nowrap= */ true);
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[Math.toIntExact(size)];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != out.length) {
                throw new IllegalStateException("deflated part shorter than its size: " + n + " of " + size);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("damaged deflated part", e);
        } finally {
            inflater.end();
        }
    }

    int compressedLength() {
        return compressed.length;
    }

    byte[] compressedUnsafe() {
        return compressed;
    }
}
