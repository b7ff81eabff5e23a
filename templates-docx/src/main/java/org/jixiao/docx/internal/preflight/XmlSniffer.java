// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * Decides from an entry's first bytes whether it may be XML, so it is kept for parsing, or is binary
 * and only counted: after an optional byte-order mark and whitespace, a {@code <} in UTF-8, UTF-16 or
 * UTF-32 of either byte order (with or without a mark), or EBCDIC's {@code <?xm}. Kept is not
 * accepted: {@link org.jixiao.docx.internal.xml.XmlEncoding} then refuses every encoding but UTF-8 and
 * UTF-16 with a byte-order mark. Entries named {@code *.xml} and {@code *.rels} are kept whatever their
 * bytes ({@link BoundedZipReader}).
 */
final class XmlSniffer {
    private static final int WINDOW = 256;
    /** Code-unit widths and byte orders tried, in bytes: UTF-8, UTF-16BE/LE, UTF-32BE/LE. */
    private static final int[][] UNITS = {{1, 1}, {2, 1}, {2, 0}, {4, 1}, {4, 0}};

    private final byte[] head = new byte[WINDOW];
    private int len;
    private Boolean xml;

    boolean undecided() {
        return xml == null;
    }

    boolean isXml() {
        if (xml != null) {
            return xml;
        }
        // Undecided at the end of the entry: decide on what we have.
        return len > 0 && decide(true);
    }

    void feed(byte[] b, int n) {
        int take = Math.min(n, WINDOW - len);
        System.arraycopy(b, 0, head, len, take);
        len += take;
        decide(len == WINDOW);
    }

    private boolean decide(boolean force) {
        if (startsWith(0xEF, 0xBB, 0xBF)
                || startsWith(0xFE, 0xFF)
                || startsWith(0xFF, 0xFE)
                || startsWith(0x00, 0x00, 0xFE, 0xFF)
                || startsWith(0x4C, 0x6F, 0xA7, 0x94)) {
            return set(true);
        }
        boolean undecided = false;
        for (int[] unit : UNITS) {
            int found = firstNonSpace(unit[0], unit[1] == 1);
            if (found == '<') {
                return set(true);
            }
            undecided |= found == -1;
        }
        if (force || !undecided) {
            return set(false);
        }
        return false;
    }

    /** The first code unit that is not XML white space, read {@code width} bytes at a time; -1 when the window ends first. */
    private int firstNonSpace(int width, boolean bigEndian) {
        for (int i = 0; i + width <= len; i += width) {
            int unit = 0;
            for (int k = 0; k < width; k++) {
                int b = head[bigEndian ? i + k : i + width - 1 - k] & 0xFF;
                unit = unit << 8 | b;
            }
            if (unit != ' ' && unit != '\t' && unit != '\r' && unit != '\n') {
                return unit;
            }
        }
        return -1;
    }

    private boolean startsWith(int... bytes) {
        if (len < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean set(boolean value) {
        xml = value;
        return value;
    }
}
