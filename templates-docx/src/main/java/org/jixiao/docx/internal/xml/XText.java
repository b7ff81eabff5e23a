// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

/** Character data, unescaped. Mutable: the normaliser rewrites text in place. */
public final class XText implements XNode {
    public String text;

    public XText(String text) {
        this.text = text;
    }
}
