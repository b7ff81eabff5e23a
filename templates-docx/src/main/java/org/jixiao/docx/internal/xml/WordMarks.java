// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.HashSet;
import java.util.Set;

/**
 * The WordprocessingML elements (local names in {@link Ns#W}) that a reader of a paragraph's text passes
 * over: the one list the compiler ({@code Normaliser}) and the canonical text ({@code InlineWalker})
 * share, so both see the same text.
 */
public final class WordMarks {
    /** Elements that mark a position (bookmarks, comment and permission ranges, move and custom XML ranges) and hold no content. */
    public static final Set<String> POSITION = Set.of(
            "bookmarkStart",
            "bookmarkEnd",
            "commentRangeStart",
            "commentRangeEnd",
            "permStart",
            "permEnd",
            "moveFromRangeStart",
            "moveFromRangeEnd",
            "moveToRangeStart",
            "moveToRangeEnd",
            "customXmlInsRangeStart",
            "customXmlInsRangeEnd",
            "customXmlDelRangeStart",
            "customXmlDelRangeEnd");

    /** Tracked removals: deleted and moved-away content, not part of the text with changes accepted. */
    public static final Set<String> REMOVED = Set.of("del", "moveFrom");

    private WordMarks() {}

    /** {@link #POSITION}, {@link #REMOVED} and {@code more}, in one set. */
    public static Set<String> passedOver(String... more) {
        Set<String> all = new HashSet<>(POSITION);
        all.addAll(REMOVED);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
