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
import java.util.Locale;
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
            throw JsonErrors.at(
                    1,
                    1,
                    "",
                    new Wording(
                            Wording.SYNTAX,
                            "文件是 UTF-16 编码",
                            "the file is encoded in UTF-16",
                            "请另存为 UTF-8 编码（可带或不带 BOM）",
                            "save it as UTF-8 (with or without a byte order mark)"));
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
                    lineColumn[0],
                    lineColumn[1],
                    "",
                    new Wording(
                            Wording.SYNTAX,
                            String.format(Locale.ROOT, "第 %d 个字节起不是合法的 UTF-8 编码", source.position() + 1),
                            String.format(
                                    Locale.ROOT,
                                    "the bytes from byte %d on are not valid UTF-8",
                                    source.position() + 1),
                            "请将文件另存为 UTF-8 编码",
                            "save the file as UTF-8"));
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
        throw JsonErrors.at(
                0,
                0,
                "",
                new Wording(
                        Wording.EMPTY,
                        "输入为空，没有报告内容",
                        "the input is empty: there is no report",
                        "请提供一个报告 JSON 对象，以 { 开始、以 } 结束",
                        "supply one report as a JSON object, from { to }"));
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
                new Wording(
                        Wording.TOO_LARGE,
                        String.format(Locale.ROOT, "文档超过 %,d 字节的上限", StrictJsonMapper.MAX_DOCUMENT_LENGTH),
                        String.format(
                                Locale.ROOT,
                                "the document exceeds the limit of %,d bytes",
                                StrictJsonMapper.MAX_DOCUMENT_LENGTH),
                        "请检查是否误传了其他文件；报告本身远小于此上限",
                        "check that this is the right file: a report is far below this limit"));
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
