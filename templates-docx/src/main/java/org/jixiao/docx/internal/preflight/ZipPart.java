// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * One entry as read from the ZIP's local headers, in stream order.
 *
 * @param index 1-based position in the ZIP stream
 * @param name the entry name exactly as stored
 * @param size inflated bytes read
 * @param xml the inflated bytes when they look like XML, else null (binary parts are only counted)
 */
public record ZipPart(int index, String name, long size, byte[] xml) {

    /** True for a directory entry. */
    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
