// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.Locale;
import org.jixiao.internal.validation.Characters;

/**
 * The engine's one check for characters XML cannot hold and its one way of showing characters a
 * reader cannot see. Both work by code point, never by {@code char}: a surrogate pair is one character,
 * a lone surrogate is illegal. Thread-safe, no state.
 */
public final class XmlChars {
    private XmlChars() {}

    /**
     * The code-point offset of the first character XML 1.0 cannot hold ({@link Characters#xmlIllegal}:
     * C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates), or -1.
     */
    public static int firstIllegal(String s) {
        int at = 0;
        for (int i = 0; i < s.length(); at++) {
            int cp = s.codePointAt(i);
            if (Characters.xmlIllegal(cp)) {
                return at;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * {@code s} with every character XML cannot hold or a reader cannot see — controls, bidi marks,
     * zero-width characters, the soft hyphen, byte-order marks, lone surrogates — written as
     * <code>&#92;uXXXX</code>.
     */
    public static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (unseen(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static boolean unseen(int cp) {
        return Characters.xmlIllegal(cp)
                || cp < 0x20
                || cp == 0x7F
                || cp >= 0x80 && cp < 0xA0
                || cp == 0xAD
                || cp >= 0x200B && cp <= 0x200F
                || cp >= 0x2028 && cp <= 0x202E
                || cp >= 0x2060 && cp <= 0x2069
                || cp == 0x061C
                || cp == 0xFEFF;
    }
}
