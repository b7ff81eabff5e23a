// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

/** Character data, unescaped. Mutable: the normaliser rewrites text in place. */
public final class XmlText implements XmlNode {
    public String text;

    public XmlText(String text) {
        this.text = text;
    }
}
