// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * One entry as read from the ZIP's local headers, in stream order.
 *
 * @param index 1-based position in the ZIP stream
 * @param name the entry name exactly as stored
 * @param bytes the inflated bytes
 * @param looksXml whether the bytes look like XML or the name says XML ({@link XmlSniffer})
 */
public record ZipPart(int index, String name, byte[] bytes, boolean looksXml) {

    /** Inflated bytes read. */
    public long size() {
        return bytes.length;
    }

    /** The inflated bytes when they are to be parsed as XML (non-empty and looking like XML), else null. */
    public byte[] xml() {
        return looksXml && bytes.length > 0 ? bytes : null;
    }

    /** True for a directory entry. */
    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
