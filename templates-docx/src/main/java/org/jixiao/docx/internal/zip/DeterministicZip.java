// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a ZIP whose bytes depend only on the entries:
 * {@code [Content_Types].xml} first, then the other entries in the order added; every entry deflated
 * (raw, level {@value Deflated#LEVEL}) with DOS time 1980-01-01 00:00; sizes and CRC in the local
 * header (no data descriptor); no extra fields, comments or attributes; UTF-8 flag only for
 * non-ASCII names; no ZIP64 (more than 65 535 entries or 4 GiB refused). Equal bytes hold for the
 * same entries on the same JDK's zlib. Not thread-safe: one instance per archive.
 *
 * <pre>
 * DeterministicZip zip = new DeterministicZip();
 * zip.add("word/styles.xml", compiledStyles);      // a Deflated made once at compile time
 * zip.add("word/document.xml", renderedBytes);     // deflated now
 * byte[] docx = zip.toByteArray();
 * </pre>
 */
public final class DeterministicZip {
    /** The content-types part, always written first. */
    public static final String CONTENT_TYPES = "[Content_Types].xml";

    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;
    private static final int UTF8_FLAG = 1 << 11;
    private static final long MAX_32 = 0xFFFFFFFFL;

    private record Entry(String name, byte[] nameBytes, Deflated data) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** Adds {@code data}, deflating it now. */
    public DeterministicZip add(String name, byte[] data) {
        return add(name, Deflated.of(data));
    }

    /** Adds an already-deflated entry: its bytes are copied as they are. */
    public DeterministicZip add(String name, Deflated data) {
        check(name);
        if (data.size() > MAX_32 - 1 || data.compressedLength() > MAX_32 - 1) {
            throw new IllegalArgumentException("entry too large for a non-ZIP64 archive: " + name);
        }
        if (entries.size() == 0xFFFF - 1) {
            throw new IllegalStateException("too many entries for a non-ZIP64 archive");
        }
        Entry e = new Entry(name, name.getBytes(StandardCharsets.UTF_8), data);
        if (name.equals(CONTENT_TYPES)) {
            entries.add(0, e);
        } else {
            entries.add(e);
        }
        return this;
    }

    /** Adds bytes deflated elsewhere (raw deflate) with their CRC-32 and inflated size. */
    public DeterministicZip addDeflated(String name, byte[] deflated, int crc32, long size) {
        return add(name, Deflated.ofCompressed(deflated, crc32, size));
    }

    /** Names are OPC part names: relative, forward slashes, no {@code .} or {@code ..} segment, unique ignoring case. */
    private void check(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.endsWith("/")) {
            throw new IllegalArgumentException("not a part name: " + name);
        }
        for (String seg : name.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                throw new IllegalArgumentException("not a part name: " + name);
            }
        }
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("duplicate entry: " + name);
        }
    }

    public byte[] toByteArray() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array stream cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the archive; does not close {@code out}. */
    public void writeTo(OutputStream target) throws IOException {
        LittleEndian out = new LittleEndian(target);
        long[] offsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = out.written();
            out.u32(0x04034b50);
            header(out, e);
            out.bytes(e.nameBytes());
            out.bytes(e.data().compressedUnsafe());
        }
        long cdStart = out.written();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.u32(0x02014b50);
            out.u16(VERSION); // made by: MS-DOS, 2.0
            header(out, e);
            out.u16(0); // comment length
            out.u16(0); // disk number
            out.u16(0); // internal attributes
            out.u32(0); // external attributes
            out.u32(offset(offsets[i]));
            out.bytes(e.nameBytes());
        }
        long cdSize = out.written() - cdStart;
        out.u32(0x06054b50);
        out.u16(0);
        out.u16(0);
        out.u16(entries.size());
        out.u16(entries.size());
        out.u32(offset(cdSize));
        out.u32(offset(cdStart));
        out.u16(0);
    }

    /** The fields shared by the local and central headers, from "version needed" to "extra length". */
    private static void header(LittleEndian out, Entry e) throws IOException {
        boolean ascii = e.nameBytes().length == e.name().length();
        out.u16(VERSION);
        out.u16(ascii ? 0 : UTF8_FLAG);
        out.u16(DEFLATED);
        out.u16(DOS_TIME);
        out.u16(DOS_DATE);
        out.u32(e.data().crc32());
        out.u32(e.data().compressedLength());
        out.u32(e.data().size());
        out.u16(e.nameBytes().length);
        out.u16(0); // no extra field
    }

    private static long offset(long v) {
        if (v > MAX_32 - 1) {
            throw new IllegalStateException("archive too large for a non-ZIP64 archive");
        }
        return v;
    }
}
