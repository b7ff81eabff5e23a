// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

/**
 * The vertical-merge state of one run of a row loop: each merge column's key in the previous and
 * the current row, and whether every merge cell so far in the current row continued its merge.
 */
final class MergeState {
    private String[] previous;
    private String[] current;
    private boolean chain;

    MergeState(int columns) {
        previous = new String[columns];
        current = new String[columns];
    }

    void startRow() {
        chain = true;
    }

    void endRow() {
        String[] t = previous;
        previous = current;
        current = t;
    }

    /**
     * Records {@code key} for {@code column} and says whether the cell continues the one above:
     * not in the first row, same key, and every merge cell to its left continued too.
     */
    boolean continues(int column, String key, boolean firstRow) {
        boolean cont = !firstRow && chain && key != null && key.equals(previous[column]);
        chain = cont;
        current[column] = key;
        return cont;
    }
}
