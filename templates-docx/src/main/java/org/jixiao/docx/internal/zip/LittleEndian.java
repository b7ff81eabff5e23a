// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.zip;

import java.io.IOException;
import java.io.OutputStream;

/** Little-endian writes with a running byte count, for ZIP headers. */
final class LittleEndian {
    private final OutputStream out;
    private long written;

    LittleEndian(OutputStream out) {
        this.out = out;
    }

    long written() {
        return written;
    }

    void u16(int v) throws IOException {
        out.write(v & 0xFF);
        out.write(v >>> 8 & 0xFF);
        written += 2;
    }

    void u32(long v) throws IOException {
        u16((int) (v & 0xFFFF));
        u16((int) (v >>> 16 & 0xFFFF));
    }

    void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }
}
