// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shortcuts around the numbering pattern: the first-char test, and stripping before or after. */
class ManualNumberingTest {
    /** What may follow a token's first char for each kind of token to match. */
    private static final List<String> RESTS = List.of("", "、", ".", "．", ")", "）", "1、", "1）", "一）", "12）", "、x");

    @Test
    void noTokenBeginsWithACharTheFirstCharTestRejects() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            for (String rest : RESTS) {
                if (ManualNumbering.TOKEN.matcher(c + rest).lookingAt()) {
                    assertTrue(ManualNumbering.mayStartToken(c), () -> String.format("U+%04X%s", (int) c, rest));
                }
            }
        }
    }

    @Test
    void theUnnumberedTextIsTheSameWhetherTheTextWasStrippedFirst() {
        for (String text : List.of(
                "1、贯彻执行 ",
                " 1、\u2003",
                "1、 \u3000",
                "A. ",
                "1、12 ",
                "（2）我局预算编制合理。\u3000",
                "1、1、11贯彻执行\n",
                "\u3000一、\t",
                "1.5万元 ",
                "没有编号 ")) {
            String stripped = text.strip();
            assertEquals(
                    TextRules.unnumbered(stripped, ManualNumbering.cleaned(stripped)),
                    TextRules.unnumbered(text, ManualNumbering.cleaned(text)),
                    text);
        }
        assertEquals(Optional.of("贯彻执行 "), ManualNumbering.cleaned("1、贯彻执行 "));
    }
}
