// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import java.util.Locale;
import java.util.Objects;
import org.jixiao.spring.internal.AttachmentHeader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP response that downloads a .docx: status 200, the Word media type and a
 * {@code Content-Disposition} that keeps a Chinese file name in every current browser.
 *
 * <pre>
 * return DocxResponse.attachment(renderer.render(report).docx(), "坡头区民政局2022年度整体绩效自评报告.docx");
 * </pre>
 *
 * @since 0.2.0
 */
public final class DocxResponse {
    /** {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}. */
    public static final MediaType DOCX =
            new MediaType("application", "vnd.openxmlformats-officedocument.wordprocessingml.document");

    private DocxResponse() {}

    /**
     * The .docx as a download named {@code fileName}: {@code Content-Disposition: attachment;
     * filename="…"; filename*=UTF-8''…}, where {@code filename*} is the name in UTF-8, percent-encoded as
     * RFC 5987 says, and {@code filename} the name itself when it is plain ASCII, else {@code report.docx}
     * (for clients that do not read {@code filename*}). {@code .docx} is appended when the name lacks it;
     * characters a header cannot hold (line breaks, quotes) only ever appear percent-encoded.
     *
     * @param docx the document's bytes; not copied
     * @param fileName the name the browser saves it under, e.g. {@code 2022年度整体绩效自评报告.docx}
     * @throws IllegalArgumentException when {@code fileName} is blank
     */
    public static ResponseEntity<byte[]> attachment(byte[] docx, String fileName) {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is blank");
        }
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(".docx") ? fileName : fileName + ".docx";
        return ResponseEntity.ok()
                .contentType(DOCX)
                .contentLength(docx.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentHeader.of(name, "report.docx"))
                .body(docx);
    }
}
