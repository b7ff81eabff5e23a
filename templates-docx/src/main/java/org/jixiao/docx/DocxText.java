// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

/**
 * A canonical, readable text view of any .docx, for golden-file (approval) tests.
 * Contract: same document → same text, independent of locale and time zone; never null.
 */
public final class DocxText {
    private DocxText() {}

    // NOT DONE: interface only, the safety helper fills this in.
    public static String canonical(byte[] docx) {
        throw new UnsupportedOperationException("not yet");
    }
}
