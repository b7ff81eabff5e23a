// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The chars of one string that an earlier correcting rule already edits, so that a later rule leaves
 * them alone: a document number's brackets are the document-number rule's, not the punctuation rule's;
 * the numbering at the start of a title is the numbering rule's. Together the rules' edits then never
 * overlap and can be made at once. Not thread-safe; one per string.
 */
final class Claims {
    private final List<Edit> edits = new ArrayList<>();

    /** Claims the chars of the edits. */
    void add(List<Edit> claimed) {
        edits.addAll(claimed);
    }

    /** Whether an earlier rule edits the char at {@code index}. */
    boolean covers(int index) {
        for (int i = 0; i < edits.size(); i++) { // few edits: a scan beats a tree
            Edit edit = edits.get(i);
            if (index >= edit.start() && index < edit.end()) {
                return true;
            }
        }
        return false;
    }
}
