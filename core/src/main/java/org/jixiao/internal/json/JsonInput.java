// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jixiao.json.MalformedReportException;

/**
 * Turns the bytes of a report into text before Jackson sees them: at most
 * {@link StrictJsonMapper#MAX_DOCUMENT_LENGTH} bytes are read, one leading UTF-8 byte order mark is
 * skipped, and anything that is not well-formed UTF-8 (including UTF-16 files and encoded surrogates)
 * is rejected with its position.
 */
public final class JsonInput {
    private static final char BOM = '\uFEFF';

    private JsonInput() {}

    /** Reads and decodes the whole stream, a byte order mark included (see {@link #checkText}); does not close it. */
    public static String readUtf8(InputStream in) {
        byte[] bytes = readBounded(in, StrictJsonMapper.MAX_DOCUMENT_LENGTH);
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw JsonErrors.at(1, 1, "", Phrase.of("json.syntax.utf-16"));
        }
        // Fast path: the JDK's decoder replaces every malformed sequence (overlong forms, encoded
        // surrogates, truncated sequences, code points above U+10FFFF) by U+FFFD, so a result without
        // U+FFFD came from well-formed UTF-8. Otherwise decode strictly, to report the position.
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer source = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(source, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            text.flip();
            int[] lineColumn = lineColumn(text, text.length());
            throw JsonErrors.at(
                    lineColumn[0], lineColumn[1], "", Phrase.of("json.syntax.utf-8", "byte", source.position() + 1));
        }
        text.flip();
        return text.toString();
    }

    /**
     * The JSON text without its one permitted leading byte order mark; rejects empty and oversized
     * input.
     */
    public static String checkText(String json) {
        if (json.length() > StrictJsonMapper.MAX_DOCUMENT_LENGTH) {
            throw tooLargeDocument();
        }
        String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return text;
            }
        }
        throw JsonErrors.at(0, 0, "", Phrase.of(Phrase.EMPTY));
    }

    private static byte[] readBounded(InputStream in, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw tooLargeDocument();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static MalformedReportException tooLargeDocument() {
        return JsonErrors.at(
                0,
                0,
                "",
                Phrase.of(
                        "json.too-large.document",
                        "limit",
                        ParserMessages.thousands(StrictJsonMapper.MAX_DOCUMENT_LENGTH)));
    }

    /** 1-based line and column (in chars) of the position {@code end} in {@code text}. */
    static int[] lineColumn(CharSequence text, int end) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= end || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
