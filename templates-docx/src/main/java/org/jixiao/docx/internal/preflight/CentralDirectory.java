// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ZIP central directory, read straight from the bytes: the view Word and {@code ZipFile}
 * have, as opposed to the local headers {@code ZipInputStream} (and docx4j) walk. Only the
 * fields the pre-flight needs; ZIP64 directories are not read (such templates exceed our limits).
 */
final class CentralDirectory {
    /** One central-directory record. */
    record Entry(String name, boolean encrypted) {}

    private static final int EOCD_SIG = 0x06054b50;
    private static final int CEN_SIG = 0x02014b50;

    private CentralDirectory() {}

    /** The entries, or empty when there is no readable (non-ZIP64) central directory. */
    static Optional<List<Entry>> read(byte[] zip, int maxEntries) {
        int eocd = findEocd(zip);
        if (eocd < 0) {
            return Optional.empty();
        }
        int count = u16(zip, eocd + 10);
        long size = u32(zip, eocd + 12);
        long offset = u32(zip, eocd + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + size > eocd) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        int p = (int) offset;
        for (int i = 0; i < count && i <= maxEntries; i++) {
            if (p + 46 > eocd || i32(zip, p) != CEN_SIG) {
                return Optional.empty();
            }
            int flags = u16(zip, p + 8);
            int nameLen = u16(zip, p + 28);
            int extraLen = u16(zip, p + 30);
            int commentLen = u16(zip, p + 32);
            if (p + 46 + nameLen > eocd) {
                return Optional.empty();
            }
            // Bit 11 says UTF-8; ZipInputStream decodes other names as UTF-8 too, so we match it.
            String name = new String(zip, p + 46, nameLen, StandardCharsets.UTF_8);
            out.add(new Entry(name, (flags & 1) != 0));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return Optional.of(out);
    }

    private static int findEocd(byte[] b) {
        int min = Math.max(0, b.length - 22 - 0xFFFF);
        for (int i = b.length - 22; i >= min; i--) {
            if (i32(b, i) == EOCD_SIG && i + 22 + u16(b, i + 20) == b.length) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i32(b, i) & 0xFFFFFFFFL;
    }

    private static int i32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
