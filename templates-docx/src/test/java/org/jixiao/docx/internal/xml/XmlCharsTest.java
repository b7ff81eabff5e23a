// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jixiao.internal.validation.Characters;
import org.junit.jupiter.api.Test;

/**
 * {@link XmlChars#firstIllegal} finds the first character XML cannot hold and gives its offset in code
 * points, on its quick path (chars alone) and after a surrogate (code points): the same answer as walking
 * the string by code point with {@link Characters#xmlIllegal}.
 */
class XmlCharsTest {

    @Test
    void givesTheCodePointOffsetOfTheFirstIllegalCharacter() {
        assertEquals(-1, XmlChars.firstIllegal(""));
        assertEquals(-1, XmlChars.firstIllegal("绩效自评\t第一段\n第二段\r完"));
        assertEquals(2, XmlChars.firstIllegal("金额\u0001元"));
        assertEquals(0, XmlChars.firstIllegal("\u000C"));
        assertEquals(3, XmlChars.firstIllegal("页码。\uFFFE"));
        assertEquals(1, XmlChars.firstIllegal("x\uFFFF"));
        // after a supplementary character the offset counts it once
        assertEquals(3, XmlChars.firstIllegal("𠀀ab\u0002"));
        assertEquals(-1, XmlChars.firstIllegal("𠀀𠀁 😀"));
        // a lone surrogate is illegal wherever it is
        assertEquals(2, XmlChars.firstIllegal("ab\uD800c"));
        assertEquals(1, XmlChars.firstIllegal("a\uDC00"));
        assertEquals(1, XmlChars.firstIllegal("😀\uD83D"));
        // the first of several
        assertEquals(1, XmlChars.firstIllegal("a\u0003b\u0004"));
    }

    @Test
    void agreesWithTheCodePointDefinitionOnRandomStrings() {
        List<Character> alphabet = List.of(
                'a', '\t', '\n', '\r', '\u0000', '\u001F', ' ', '中', '。', '\uD7FF', '\uD800', '\uDBFF', '\uDC00',
                '\uDFFF', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF');
        Random random = new Random(20261206L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            String s = sb.toString();
            assertEquals(byCodePoint(s), XmlChars.firstIllegal(s), () -> s.codePoints()
                    .mapToObj(cp -> String.format("U+%04X", cp))
                    .toList()
                    .toString());
        }
    }

    private static int byCodePoint(String s) {
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
}
