// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

import java.nio.charset.StandardCharsets;

/**
 * The run-content tags a value is written with, spelled with the part's own WordprocessingML
 * prefix (almost always {@code w:}). Every text element preserves spaces.
 */
public record Tags(byte[] textOpen, byte[] textClose, byte[] tab, byte[] br) {

    public static Tags forPrefix(String prefix) {
        return new Tags(
                utf8("<" + prefix + "t xml:space=\"preserve\">"),
                utf8("</" + prefix + "t>"),
                utf8("<" + prefix + "tab/>"),
                utf8("<" + prefix + "br/>"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
