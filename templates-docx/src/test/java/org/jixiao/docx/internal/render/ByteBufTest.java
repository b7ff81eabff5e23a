// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link ByteBuf#writeEscaped} writes a stretch of a string as UTF-8 with {@code & < >} escaped. */
class ByteBufTest {

    @Test
    void writesTheStretchAsEscapedUtf8() {
        ByteBuf buf = new ByteBuf(16);
        String s = "x<&>中é😀末y";
        buf.writeEscaped(s, 1, s.length() - 1);
        assertEquals("&lt;&amp;&gt;中é😀末", text(buf));
    }

    @Test
    void aLongerTextAfterAShorterOneIsWrittenWhole() {
        ByteBuf buf = new ByteBuf(16);
        buf.writeEscaped("短", 0, 1);
        String longer = "绩效".repeat(500) + "&";
        buf.writeEscaped(longer, 0, longer.length());
        buf.writeEscaped("ab", 0, 2);
        assertEquals("短" + "绩效".repeat(500) + "&amp;ab", text(buf));
    }

    @Test
    void aSurrogatePairCutByTheStretchsEndIsNotJoinedWithWhatFollows() {
        ByteBuf buf = new ByteBuf(16);
        String s = "a😀";
        // the stretch ends between the two halves: the high surrogate alone is written as three bytes,
        // as the JDK writes a lone surrogate's char (the data check refuses such text before a render)
        buf.writeEscaped(s, 0, 2);
        assertEquals(1 + 3, buf.size());
        assertEquals('a', buf.array()[0]);
    }

    private static String text(ByteBuf buf) {
        return new String(Arrays.copyOf(buf.array(), buf.size()), StandardCharsets.UTF_8);
    }
}
