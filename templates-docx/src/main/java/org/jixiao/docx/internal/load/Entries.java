// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a template's zip entries into memory under {@link Limits}, rejecting duplicates. */
public final class Entries {
    private Entries() {}

    /** Thrown for a package the engine will not read; the message is English, for the problem. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /** Reads at most {@code max} bytes; more is an error. */
    public static byte[] readCapped(InputStream in, int max) throws IOException, Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                throw new Rejected("larger than " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Entry name → inflated bytes, in zip order. Directories are skipped. */
    public static Map<String, byte[]> read(byte[] zip) throws IOException, Rejected {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                if (out.size() >= Limits.MAX_ENTRIES) {
                    throw new Rejected("more than " + Limits.MAX_ENTRIES + " entries");
                }
                byte[] b = readCapped(z, Limits.MAX_ENTRY_BYTES);
                total += b.length;
                if (total > Limits.MAX_TOTAL_BYTES) {
                    throw new Rejected("inflates to more than " + Limits.MAX_TOTAL_BYTES + " bytes");
                }
                if (out.put(e.getName(), b) != null) {
                    throw new Rejected("duplicate entry " + e.getName());
                }
            }
        }
        if (out.isEmpty()) {
            throw new Rejected("not a zip package");
        }
        return out;
    }
}
