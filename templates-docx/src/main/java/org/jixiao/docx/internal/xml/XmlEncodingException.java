// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import javax.xml.stream.XMLStreamException;

/**
 * A part's bytes are not in an encoding OPC allows, or do not decode ({@link XmlEncoding}). Carries
 * what was found, in Chinese and English, e.g. {@code UTF-32BE}.
 */
public final class XmlEncodingException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    private final String foundZh;
    private final String foundEn;

    XmlEncodingException(String foundZh, String foundEn) {
        super("not UTF-8 or UTF-16 with a byte-order mark: " + foundEn);
        this.foundZh = foundZh;
        this.foundEn = foundEn;
    }

    /** The encoding found, or why the bytes do not decode, in Chinese. */
    public String foundZh() {
        return foundZh;
    }

    /** The same in English. */
    public String foundEn() {
        return foundEn;
    }
}
