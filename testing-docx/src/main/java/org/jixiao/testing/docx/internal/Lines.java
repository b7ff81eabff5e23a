// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

/** The output: lines joined with {@code \n}, the last one terminated too. */
final class Lines {
    private final StringBuilder sb = new StringBuilder();

    void line(String s) {
        sb.append(s).append('\n');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
