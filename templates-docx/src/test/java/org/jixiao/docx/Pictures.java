// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small PNG and JPEG files drawn for tests: a bar chart of two bars on white. */
final class Pictures {
    private Pictures() {}

    static byte[] png(int widthPx, int heightPx) {
        return encode(widthPx, heightPx, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int widthPx, int heightPx) {
        return encode(widthPx, heightPx, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    /**
     * {@code png} with a {@code pHYs} chunk of {@code dotsPerInch} (as pixels per metre) inserted
     * after the header, as scanners and chart tools write it.
     */
    static byte[] pngAt(int widthPx, int heightPx, int dotsPerInch) {
        byte[] png = png(widthPx, heightPx);
        int ppm = (int) Math.round(dotsPerInch / 0.0254);
        byte[] chunk = new byte[21];
        int[] header = {0, 0, 0, 9, 'p', 'H', 'Y', 's'};
        for (int i = 0; i < 8; i++) {
            chunk[i] = (byte) header[i];
        }
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < 4; i++) {
                chunk[8 + 4 * k + i] = (byte) (ppm >>> (24 - 8 * i));
            }
        }
        chunk[16] = 1;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk, 4, 13);
        long c = crc.getValue();
        for (int i = 0; i < 4; i++) {
            chunk[17 + i] = (byte) (c >>> (24 - 8 * i));
        }
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, 33);
        System.arraycopy(chunk, 0, out, 33, chunk.length);
        System.arraycopy(png, 33, out, 33 + chunk.length, png.length - 33);
        return out;
    }

    /** {@code jpeg} with its JFIF header's density set to {@code dotsPerInch} (unit 1: dots per inch). */
    static byte[] jpegAt(int widthPx, int heightPx, int dotsPerInch) {
        byte[] jpeg = jpeg(widthPx, heightPx);
        // SOI, then APP0: FF E0, length, "JFIF\0", version (2 bytes), unit, X density, Y density.
        if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0 || jpeg[6] != 'J' || jpeg[9] != 'F') {
            throw new IllegalStateException("the JPEG writer wrote no JFIF header");
        }
        jpeg[13] = 1;
        jpeg[14] = (byte) (dotsPerInch >>> 8);
        jpeg[15] = (byte) dotsPerInch;
        jpeg[16] = (byte) (dotsPerInch >>> 8);
        jpeg[17] = (byte) dotsPerInch;
        return jpeg;
    }

    private static byte[] encode(int w, int h, String format, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x1F4E79));
        g.fillRect(w / 8, h / 3, w / 4, h - h / 3);
        g.setColor(new Color(0xC00000));
        g.fillRect(w / 2, h / 6, w / 4, h - h / 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
