// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import org.jixiao.internal.validation.Characters;
import org.jixiao.internal.validation.DisplayText;

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
        // One pass over the chars: while no surrogate has been met, a char is a code point and its index
        // is the code-point offset. A surrogate (a pair, or a lone one) hands over to the walk by code point.
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return firstIllegalByCodePoint(s);
            }
            if (Characters.xmlIllegal(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstIllegalByCodePoint(String s) {
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
     * {@code s} with every character XML cannot hold or a reader cannot see (controls, bidi marks,
     * zero-width characters, the soft hyphen, byte-order marks, lone surrogates) written as
     * {@code <U+XXXX>}: core's one way of showing unsafe characters ({@link DisplayText#escape}).
     */
    public static String visible(String s) {
        return DisplayText.escape(s);
    }
}
