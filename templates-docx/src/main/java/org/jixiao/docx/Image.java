// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.Arrays;

/**
 * 图片（图表、扫描件）: a picture for an image placeholder ({@code {{chart|image}}}), a chart or a
 * scanned page as PNG or JPEG bytes, put into the data like any other value. Immutable.
 *
 * <p>The format is told from the bytes, never from a name; anything but PNG and JPEG is refused
 * when rendering ({@code data.image.unsupported}, with the data path). A size of 0 means "from the
 * picture": with both 0, the picture's own pixel size at its recorded resolution (96 dpi when it
 * records none); with one 0, that side follows the other in the picture's proportions. Either way a
 * picture wider than the text width of the page is scaled down to it.
 *
 * @param bytes the PNG or JPEG file; copied, never shared
 * @param widthMm the printed width in millimetres, 0 for "from the picture"
 * @param heightMm the printed height in millimetres, 0 for "from the picture"
 * @since 0.1
 */
public record Image(byte[] bytes, int widthMm, int heightMm) {
    /** The largest printed side accepted, in millimetres (a little over an A0 sheet's). */
    public static final int MAX_SIDE_MM = 1_200;

    /**
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException if a size is negative or over {@link #MAX_SIDE_MM}
     */
    public Image {
        bytes = bytes.clone();
        if (widthMm < 0 || heightMm < 0 || widthMm > MAX_SIDE_MM || heightMm > MAX_SIDE_MM) {
            throw new IllegalArgumentException(
                    "image size " + widthMm + " × " + heightMm + " mm: each side must be 0 to " + MAX_SIDE_MM);
        }
    }

    /** A picture printed at its own size (capped at the text width). */
    public static Image of(byte[] bytes) {
        return new Image(bytes, 0, 0);
    }

    /** A copy of the picture's bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && widthMm == i.widthMm && heightMm == i.heightMm && Arrays.equals(bytes, i.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(bytes) + widthMm) + heightMm;
    }

    @Override
    public String toString() {
        return "Image[" + bytes.length + " bytes, " + widthMm + " × " + heightMm + " mm]";
    }
}
