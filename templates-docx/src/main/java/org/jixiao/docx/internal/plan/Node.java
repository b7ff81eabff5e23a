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
                Hyperlink {}
