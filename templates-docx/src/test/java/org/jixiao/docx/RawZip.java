// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal ZIP writer for hostile test fixtures: unlike {@code ZipOutputStream} it writes duplicate
 * names, any name, and the "encrypted" flag on request. Deflated entries, no data descriptors.
 */
public final class RawZip {
    private record Entry(String name, byte[] data, boolean encrypted, boolean inDirectory) {}

    private final List<Entry> entries = new ArrayList<>();

    public RawZip add(String name, String xml) {
        return add(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    public RawZip add(String name, byte[] data) {
        entries.add(new Entry(name, data, false, true));
        return this;
    }

    /** An entry flagged as encrypted (general-purpose bit 0); the data is stored as given. */
    public RawZip addEncrypted(String name, byte[] data) {
        entries.add(new Entry(name, data, true, true));
        return this;
    }

    /** An entry present in the local headers only, hidden from the central directory. */
    public RawZip addHidden(String name, String xml) {
        entries.add(new Entry(name, xml.getBytes(StandardCharsets.UTF_8), false, false));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int count = 0;
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            byte[] packed = deflate(e.data());
            CRC32 crc = new CRC32();
            crc.update(e.data());
            int flags = 0x0800 | (e.encrypted() ? 1 : 0);
            int offset = out.size();
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, flags);
            u16(out, 8);
            u16(out, 0);
            u16(out, 0x21);
            u32(out, (int) crc.getValue());
            u32(out, packed.length);
            u32(out, e.data().length);
            u16(out, name.length);
            u16(out, 0);
            out.writeBytes(name);
            out.writeBytes(packed);
            if (!e.inDirectory()) {
                continue;
            }
            count++;
            u32(central, 0x02014b50);
            u16(central, 20);
            u16(central, 20);
            u16(central, flags);
            u16(central, 8);
            u16(central, 0);
            u16(central, 0x21);
            u32(central, (int) crc.getValue());
            u32(central, packed.length);
            u32(central, e.data().length);
            u16(central, name.length);
            u16(central, 0);
            u16(central, 0);
            u16(central, 0);
            u16(central, 0);
            u32(central, 0);
            u32(central, offset);
            central.writeBytes(name);
        }
        int cdOffset = out.size();
        out.writeBytes(central.toByteArray());
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, count);
        u16(out, count);
        u32(out, central.size());
        u32(out, cdOffset);
        u16(out, 0);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(6, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write(v >>> 8 & 0xFF);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        u16(out, v & 0xFFFF);
        u16(out, v >>> 16 & 0xFFFF);
    }
}
