// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jixiao.docx.internal.zip.Deflated;

/**
 * Deflates rendered parts straight from the render buffer, at {@link Deflated#LEVEL} like every
 * other entry, without first copying the buffer. One per render; {@link #close()} frees the
 * native deflater.
 */
final class PartDeflater implements AutoCloseable {
    private final Deflater deflater = new Deflater(Deflated.LEVEL, /* nowrap= */ true);
    private final CRC32 crc = new CRC32();
    private byte[] out = new byte[32 * 1024];

    /** The first {@code len} bytes of {@code data}, deflated. */
    Deflated deflate(byte[] data, int len) {
        deflater.reset();
        crc.reset();
        crc.update(data, 0, len);
        deflater.setInput(data, 0, len);
        deflater.finish();
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return Deflated.ofCompressed(Arrays.copyOf(out, n), (int) crc.getValue(), len);
    }

    @Override
    public void close() {
        deflater.end();
    }
}
