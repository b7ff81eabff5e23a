// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttachmentHeaderTest {

    @Test
    void attrCharsStayAndEveryOtherByteIsPercentEncodedInUpperCase() {
        assertEquals("AZaz09!#$&+-.^_`|~", AttachmentHeader.encode("AZaz09!#$&+-.^_`|~"));
        assertEquals(
                "%20%22%25%27%28%29%2A%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%7B%7D",
                AttachmentHeader.encode(" \"%'()*,/:;<=>?@[\\]{}"));
        assertEquals("%E6%8A%A5%E5%91%8A", AttachmentHeader.encode("报告"));
        assertEquals("%F0%A0%80%80", AttachmentHeader.encode("\uD840\uDC00")); // outside the BMP: four bytes
    }

    @Test
    void aPercentSignInTheNameIsNotItsOwnFallback() {
        assertEquals(
                "attachment; filename=\"report.docx\"; filename*=UTF-8''100%25.docx",
                AttachmentHeader.of("100%.docx", "report.docx"));
    }

    @Test
    void theFallbackMustBePlainAscii() {
        assertThrows(IllegalArgumentException.class, () -> AttachmentHeader.of("a.docx", "报告.docx"));
    }
}
