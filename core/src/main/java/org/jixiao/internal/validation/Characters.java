// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

/** The code points a Word document cannot hold or must not contain. */
public final class Characters {
    private Characters() {}

    /**
     * Whether XML 1.0 cannot hold the code point: U+0000–0008, U+000B, U+000C, U+000E–001F, U+FFFE,
     * U+FFFF, and a surrogate (which, met as a code point of a Java string, is a lone one).
     */
    public static boolean xmlIllegal(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                || cp == 0xFFFE
                || cp == 0xFFFF
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /**
     * Whether the code point is a bidirectional control that can reorder what is displayed ("1234" shown
     * as "4321"): U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C.
     */
    public static boolean bidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C;
    }
}
