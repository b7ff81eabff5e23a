// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Display text: what is escaped, and that text with nothing to escape is given back as it is. */
class DisplayTextTest {

    static Stream<Arguments> escaped() {
        return Stream.of(
                Arguments.of("a\nb\rc\td", "a\\nb\\rc\\td"),
                Arguments.of("金额\u0001元", "金额<U+0001>元"),
                Arguments.of("\u0085", "<U+0085>"),
                Arguments.of("\u202E1234", "<U+202E>1234"),
                Arguments.of("\u2028\u2029", "<U+2028><U+2029>"),
                Arguments.of("\uD800元", "<U+D800>元"),
                Arguments.of("\uDC00\uD800", "<U+DC00><U+D800>"),
                Arguments.of("\uFFFE", "<U+FFFE>"),
                Arguments.of("𠀀😀\n", "𠀀😀\\n"),
                Arguments.of("𠀀😀", "𠀀😀"),
                // invisible format characters (zero-width joiner, BOM) are shown; the ideographic space is text
                Arguments.of("\u3000\u200D\uFEFF", "\u3000<U+200D><U+FEFF>"),
                Arguments.of("\u00AD\u200B\u2060", "<U+00AD><U+200B><U+2060>"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("escaped")
    void unsafeCharactersAreWrittenAsCodePoints(String text, String shown) {
        assertEquals(shown, DisplayText.escape(text));
    }

    @Test
    void safeTextIsGivenBackAsItIs() {
        String text = "根据《通知》（粤民办函【2021】37号）要求, OK 100%";
        assertSame(text, DisplayText.escape(text));
    }
}
