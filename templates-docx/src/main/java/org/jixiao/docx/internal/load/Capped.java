// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory, at most a given number of bytes. */
public final class Capped {
    private Capped() {}

    /** All of {@code in}, which is read to its end or just past {@code max} bytes; null when it holds more than {@code max}. */
    public static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
