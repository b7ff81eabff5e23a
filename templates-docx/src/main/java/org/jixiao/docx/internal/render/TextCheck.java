// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

/**
 * Finds the first character XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage
 * return, U+FFFE, U+FFFF and unpaired surrogates. Checked by code point, never by {@code char}.
 */
final class TextCheck {
    private TextCheck() {}

    /** The code-point offset of the first character XML cannot hold, or -1. */
    static int firstIllegal(String s) {
        int cp = 0;
        for (int i = 0; i < s.length(); i++, cp++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return cp;
                }
            } else if (c == 0xFFFE || c == 0xFFFF) {
                return cp;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return cp;
                }
            } else if (Character.isLowSurrogate(c)) {
                return cp;
            }
        }
        return -1;
    }
}
