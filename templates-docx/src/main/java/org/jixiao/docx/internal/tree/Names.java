// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

/** Namespace URIs the engine recognises. */
public final class Names {
    private Names() {}

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";
}
