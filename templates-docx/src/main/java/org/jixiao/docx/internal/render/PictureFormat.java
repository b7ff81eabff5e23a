// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import org.jixiao.docx.internal.plan.TemplateProblems;

/**
 * What a PNG or JPEG file says about itself, read from its bytes (the name or a declared type never
 * counts): its format, pixel size and resolution.
 *
 * @param extension the part-name extension it is stored under, {@code png} or {@code jpeg}
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param widthPx the width in pixels, at least 1
 * @param heightPx the height in pixels, at least 1
 * @param dotsPerInchX horizontal resolution, 96 when the file records none
 * @param dotsPerInchY vertical resolution, 96 when the file records none
 */
record PictureFormat(
        String extension, String contentType, int widthPx, int heightPx, int dotsPerInchX, int dotsPerInchY) {
    static final int DEFAULT_DPI = 96;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The format of {@code b}, or null when it is neither a whole-headed PNG nor a JPEG with a frame size. */
    static PictureFormat of(byte[] b) {
        if (startsWith(b, PNG)) {
            return png(b);
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return jpeg(b);
        }
        return null;
    }

    /** The first bytes as hex, for messages about what a file is not; for no bytes, a word that says so. */
    static Object head(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, b.length); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X", b[i] & 0xFF));
        }
        return sb.length() == 0 ? TemplateProblems.term("word.bytes.none") : sb.toString();
    }

    private static PictureFormat png(byte[] b) {
        // Signature, then IHDR: length 13, "IHDR", width, height (big-endian, 1 to 2^31-1).
        if (b.length < 33 || int32(b, 8) != 13 || !ascii(b, 12, "IHDR")) {
            return null;
        }
        int w = int32(b, 16);
        int h = int32(b, 20);
        int dpiX = DEFAULT_DPI;
        int dpiY = DEFAULT_DPI;
        int at = 33;
        while (at + 8 <= b.length) {
            long len = int32(b, at) & 0xFFFFFFFFL;
            if (ascii(b, at + 4, "IDAT") || ascii(b, at + 4, "IEND") || at + 12 + len > b.length) {
                break;
            }
            // pHYs: pixels per unit X, Y, unit (1 = metre).
            if (ascii(b, at + 4, "pHYs") && len == 9 && b[at + 16] == 1) {
                dpiX = dpi(int32(b, at + 8) & 0xFFFFFFFFL);
                dpiY = dpi(int32(b, at + 12) & 0xFFFFFFFFL);
            }
            at += 12 + (int) len;
        }
        return w > 0 && h > 0 ? new PictureFormat("png", "image/png", w, h, dpiX, dpiY) : null;
    }

    private static int dpi(long pixelsPerMetre) {
        long d = Math.round(pixelsPerMetre * 0.0254);
        return d >= 1 && d <= 10_000 ? (int) d : DEFAULT_DPI;
    }

    private static PictureFormat jpeg(byte[] b) {
        int dpiX = DEFAULT_DPI;
        int dpiY = DEFAULT_DPI;
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            int len = uint16(b, at + 2);
            if (len < 2 || at + 2 + len > b.length) {
                return null;
            }
            if (marker == 0xE0 && len >= 16 && ascii(b, at + 4, "JFIF\0")) {
                int unit = b[at + 11] & 0xFF;
                int x = uint16(b, at + 12);
                int y = uint16(b, at + 14);
                if (unit == 1 && x > 0 && y > 0) {
                    dpiX = x;
                    dpiY = y;
                } else if (unit == 2 && x > 0 && y > 0) {
                    dpiX = (int) Math.round(x * 2.54);
                    dpiY = (int) Math.round(y * 2.54);
                }
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (len < 7) {
                    return null;
                }
                int h = uint16(b, at + 5);
                int w = uint16(b, at + 7);
                return w > 0 && h > 0 ? new PictureFormat("jpeg", "image/jpeg", w, h, dpiX, dpiY) : null;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // image data or the end before any frame header
            }
            at += 2 + len;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        if (at < 0 || at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }
}
