// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class DocxResponseTest {
    private static final byte[] DOCX = {'P', 'K', 3, 4};

    @Test
    void aChineseNameIsSentEncodedWithAnAsciiFallback() {
        ResponseEntity<byte[]> response = DocxResponse.attachment(DOCX, "坡头区 2022年度报告.docx");

        assertEquals(200, response.getStatusCode().value());
        assertSame(DOCX, response.getBody());
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        assertEquals("4", response.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH));
        assertEquals(
                "attachment; filename=\"report.docx\"; filename*=UTF-8''"
                        + "%E5%9D%A1%E5%A4%B4%E5%8C%BA%202022%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.docx",
                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void thePercentEncodedNameDecodesToTheNameGiven() {
        String name = "湛江市坡头区民政局（本级）2022年度整体绩效自评报告.docx";
        String header = DocxResponse.attachment(DOCX, name).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);

        String encoded = header.substring(header.indexOf("UTF-8''") + "UTF-8''".length());
        assertEquals(name, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }

    @Test
    void aPlainAsciiNameIsItsOwnFallback() {
        assertEquals(
                "attachment; filename=\"potou-2022.docx\"; filename*=UTF-8''potou-2022.docx",
                DocxResponse.attachment(DOCX, "potou-2022.docx")
                        .getHeaders()
                        .getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void quotesBackslashesAndLineBreaksNeverReachTheHeaderUnencoded() {
        String header = DocxResponse.attachment(DOCX, "a\"b\\c\r\nSet-Cookie: x=1")
                .getHeaders()
                .getFirst(HttpHeaders.CONTENT_DISPOSITION);

        assertEquals(
                "attachment; filename=\"report.docx\"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1.docx",
                header);
    }

    @Test
    void dotDocxIsAppendedWhenMissingAndKeptWhenPresentInAnyCase() {
        assertEquals(
                "attachment; filename=\"report.docx\"; filename*=UTF-8''report.docx",
                DocxResponse.attachment(DOCX, "report").getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertEquals(
                "attachment; filename=\"R.DOCX\"; filename*=UTF-8''R.DOCX",
                DocxResponse.attachment(DOCX, "R.DOCX").getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DocxResponse.attachment(DOCX, " "));
    }
}
