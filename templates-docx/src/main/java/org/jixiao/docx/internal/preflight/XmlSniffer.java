// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * Decides from an entry's first bytes whether it is XML (so it is kept for parsing) or binary
 * (only counted): after an optional BOM and whitespace, a {@code <} in UTF-8 or UTF-16.
 */
final class XmlSniffer {
    private static final int WINDOW = 256;
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
        int i = 0;
        if (len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (len >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return set(true);
        } else if (len >= 2 && (head[0] == 0 && head[1] == '<' || head[0] == '<' && head[1] == 0)) {
            return set(true);
        }
        for (; i < len; i++) {
            byte c = head[i];
            if (c == '<') {
                return set(true);
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return set(false);
            }
        }
        if (force) {
            return set(false);
        }
        return false;
    }

    private boolean set(boolean value) {
        xml = value;
        return value;
    }
}
