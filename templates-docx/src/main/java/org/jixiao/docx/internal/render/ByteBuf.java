// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.util.Arrays;

/**
 * A growable byte buffer that writes UTF-8 and escapes XML text, within a budget: every byte written
 * (and whatever else {@link #spend} is told) counts against it, truncated bytes included, and the
 * buffer never grows far beyond what the budget still allows. Not thread-safe.
 */
public final class ByteBuf {
    private byte[] bytes;
    private int size;
    /** Bytes still allowed; below zero once exhausted. */
    private long budget = Long.MAX_VALUE;

    /** Thrown when the budget runs out; carries no stack trace, the caller turns it into a problem. */
    public static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(
                    "render output budget exhausted",
                    null,
                    /* enableSuppression= */ false,
                    /* writableStackTrace= */ false);
        }
    }

    public ByteBuf(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    /** Starts a new budget of {@code bytes}, for the writes that follow. */
    public void budget(long bytes) {
        budget = bytes;
    }

    /**
     * Counts {@code n} bytes of work against the budget.
     *
     * @throws Exhausted when the budget does not cover them
     */
    public void spend(long n) {
        budget -= n;
        if (budget < 0) {
            throw new Exhausted();
        }
    }

    /** What is left of the budget: bytes that may still be written or spent. */
    public long remaining() {
        return budget;
    }

    public byte[] array() {
        return bytes;
    }

    public int size() {
        return size;
    }

    /** Truncates to {@code mark}, discarding what was written after it. */
    public void truncate(int mark) {
        size = mark;
    }

    public void reset() {
        size = 0;
    }

    public void write(byte[] b) {
        spend(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Writes what {@code other} holds; its bytes were counted when written there, so they are not again. */
    public void writeCounted(ByteBuf other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
    }

    /** Writes {@code s[from, to)} as UTF-8 with {@code & < >} escaped. The caller has checked the text. */
    public void writeEscaped(String s, int from, int to) {
        // At least one byte per char: spent before growing, the rest once the length is known.
        spend(to - from);
        ensure((to - from) * 5);
        byte[] b = bytes;
        int n = size;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '&') {
                    b[n++] = '&';
                    b[n++] = 'a';
                    b[n++] = 'm';
                    b[n++] = 'p';
                    b[n++] = ';';
                } else if (c == '<') {
                    b[n++] = '&';
                    b[n++] = 'l';
                    b[n++] = 't';
                    b[n++] = ';';
                } else if (c == '>') {
                    b[n++] = '&';
                    b[n++] = 'g';
                    b[n++] = 't';
                    b[n++] = ';';
                } else {
                    b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int written = n - size;
        size = n;
        spend(written - (long) (to - from));
    }

    /** Writes a non-negative integer in decimal ASCII. */
    public void writeInt(int v) {
        write(Integer.toString(v).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * Room for {@code more} bytes: growing by half (while the old array is copied both are held, so
     * doubling would hold three times the content), but not past what the budget still allows.
     */
    private void ensure(int more) {
        long need = (long) size + more;
        if (need > bytes.length) {
            long grown = Math.min(bytes.length + (bytes.length >> 1), need + Math.max(0, budget));
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(grown, need), Integer.MAX_VALUE - 8));
        }
    }
}
