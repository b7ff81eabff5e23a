// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * A cell of a repeated row that merges vertically with the cell above when its merge keys render
 * the same text and every merge cell to its left in the row merged too.
 *
 * @param open the {@code w:tc} start tag
 * @param tcPrHead {@code <w:tcPr>} and the properties that precede {@code w:vMerge} in the schema
 * @param tcPrTail the properties that follow {@code w:vMerge}, and {@code </w:tcPr>}
 * @param restart {@code <w:vMerge w:val="restart"/>}
 * @param cont {@code <w:vMerge/>}
 * @param emptyBody what a continued cell holds: its first paragraph's properties, no text
 * @param column this cell's index among the merge cells of its row
 */
public record MergeCell(
        byte[] open,
        byte[] tcPrHead,
        byte[] tcPrTail,
        byte[] restart,
        byte[] cont,
        Node[] body,
        byte[] emptyBody,
        byte[] close,
        Value[] keys,
        int column)
        implements Node {}
