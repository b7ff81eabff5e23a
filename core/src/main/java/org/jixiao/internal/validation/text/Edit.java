// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;

/**
 * One correction a rule makes to a string: the chars from {@code start} (inclusive) to {@code end}
 * (exclusive) are replaced by {@code replacement}. Indexes are {@code char} indexes into the string the
 * rule looked at; an edit never splits a surrogate pair.
 *
 * @param start the first char replaced
 * @param end the char after the last one replaced; equal to {@code start} for an insertion
 * @param replacement what goes in their place, empty for a deletion
 */
record Edit(int start, int end, String replacement) {

    /**
     * The text with the edits made. The edits are in ascending order and do not overlap (the rules make
     * them so, see {@link Claims}).
     */
    static String apply(String text, List<Edit> edits) {
        if (edits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Edit edit : edits) {
            out.append(text, from, edit.start).append(edit.replacement);
            from = edit.end;
        }
        return out.append(text, from, text.length()).toString();
    }
}
