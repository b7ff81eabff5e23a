// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlEncodingTest {

    @Test
    void aUtf16ByteOrderMarkInEitherOrderIsRecognised() {
        assertTrue(XmlEncoding.startsWithUtf16Bom(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'}));
        assertTrue(XmlEncoding.startsWithUtf16Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0}));
    }

    @Test
    void utf8ShortAndEmptyPartsHaveNoUtf16ByteOrderMark() {
        assertFalse(XmlEncoding.startsWithUtf16Bom("<w:document/>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(XmlEncoding.startsWithUtf16Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<'}));
        assertFalse(XmlEncoding.startsWithUtf16Bom(new byte[] {(byte) 0xFE}));
        assertFalse(XmlEncoding.startsWithUtf16Bom(new byte[0]));
    }
}
