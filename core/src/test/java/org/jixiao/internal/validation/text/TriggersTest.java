// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.internal.validation.Characters;
import org.junit.jupiter.api.Test;

/**
 * The trigger ranges of each rule hold exactly the chars the rule looks for, checked for all 65,536
 * chars against the rule's own definition of them.
 */
class TriggersTest {

    @Test
    void eachRuleIsTriggeredByExactlyTheCharsItLooksFor() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String s = String.valueOf(c);
            String at = String.format("U+%04X", i);
            assertEquals(
                    Characters.xmlIllegal(c) || Characters.bidiControl(c),
                    has(s, Triggers.CHARACTERS),
                    () -> "characters " + at);
            assertEquals(c == '号', has(s, Triggers.DOCUMENT_NUMBER), () -> "document number " + at);
            assertEquals(HalfWidthPunctuation.fullWidth(c) != 0, has(s, Triggers.HALF_WIDTH), () -> "half-width " + at);
            assertEquals(VariantCharacters.standard(c) != null, has(s, Triggers.VARIANT), () -> "variant " + at);
        }
    }

    @Test
    void aStringTriggersEveryRuleOneOfItsCharsTriggers() {
        assertEquals(0, Triggers.of(""));
        assertEquals(0, Triggers.of("我局预算编制合理，部门预算符合要求。"));
        assertEquals(
                Triggers.CHARACTERS | Triggers.DOCUMENT_NUMBER | Triggers.HALF_WIDTH | Triggers.VARIANT,
                Triggers.of("37号,检査\u0001"));
        assertEquals(Triggers.CHARACTERS, Triggers.of("𠀀")); // a surrogate pair: the code point scan decides
    }

    private static boolean has(String text, int rule) {
        return (Triggers.of(text) & rule) != 0;
    }
}
