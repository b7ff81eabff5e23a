// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * One element of a render plan: static XML or a slot the renderer fills from the data. Plans are
 * immutable plain data (bytes, strings, enums and arrays never mutated after compiling), so one
 * plan serves any number of concurrent renders.
 */
public sealed interface Node
        permits Lit,
                Value,
                Num,
                Section,
                Para,
                ListPara,
                Cell,
                MergeCell,
                Row,
                Table,
                DocPrId,
                NoteRef,
                NoteList,
                Picture,
                Hyperlink {
    /** What a leaf holds: nothing. */
    Node[] NO_NODES = {};

    /**
     * The nodes this one holds, in document order: a section's, paragraph's, table's, row's or cell's
     * body; none for a leaf. The one way to walk a plan's tree (a note reference's note is not in it:
     * it is rendered where the notes part lists it). Never null; callers must not change the array.
     */
    default Node[] body() {
        return NO_NODES;
    }
}
