// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

/**
 * One pass over the chars of a string that tells which character-driven rules could find anything in
 * it, so that those rules run only on the few strings that need them. Each such rule lists the chars it
 * needs as {@code TRIGGERS} — a string without any of them cannot have a finding of that rule — in
 * ranges: pairs of chars, the first and the last of each range. A table of all 65,536 chars, built once
 * from the ranges, holds one bit per rule.
 */
final class Triggers {
    /** {@link CharacterRules}, apart from the length of the string. */
    static final int CHARACTERS = 1;

    static final int DOCUMENT_NUMBER = 1 << 1;
    static final int HALF_WIDTH = 1 << 2;
    static final int VARIANT = 1 << 3;
    static final int SPACES = 1 << 4;

    /** The rules {@link Corrections} runs, apart from manual numbering. */
    static final int CORRECTING = DOCUMENT_NUMBER | HALF_WIDTH | VARIANT | SPACES;

    private static final byte[] TABLE = table();

    private Triggers() {}

    /** The bits of the rules whose trigger chars are in the text. */
    static int of(String text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            found |= TABLE[text.charAt(i)];
        }
        return found;
    }

    private static byte[] table() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        mark(table, CharacterRules.TRIGGERS, CHARACTERS);
        mark(table, DocumentNumberBrackets.TRIGGERS, DOCUMENT_NUMBER);
        mark(table, HalfWidthPunctuation.TRIGGERS, HALF_WIDTH);
        mark(table, VariantCharacters.TRIGGERS, VARIANT);
        mark(table, StraySpaces.TRIGGERS, SPACES);
        return table;
    }

    private static void mark(byte[] table, String ranges, int bit) {
        for (int i = 0; i < ranges.length(); i += 2) {
            for (int c = ranges.charAt(i); c <= ranges.charAt(i + 1); c++) {
                table[c] |= bit;
            }
        }
    }
}
