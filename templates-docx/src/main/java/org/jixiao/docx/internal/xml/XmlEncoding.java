// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a part's bytes are read, the way OPC (ECMA-376 Part 2 §8.1.4) and Word read them:
 * UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, an encoding
 * declaration, if any, naming that same encoding. Anything else — UTF-32 in any byte order, UTF-16
 * without a byte-order mark, EBCDIC, a declaration naming another encoding, bytes that do not decode
 * — is refused, so no parser ever decodes a part in a way Word would not (the JDK parser even prints
 * {@code [Fatal Error]} on stderr for bytes it cannot decode). The decoding is then done here, so the
 * parser only ever sees characters. Thread-safe, no state.
 */
public final class XmlEncoding {
    /** An encoding declaration at the very start: {@code <?xml version="1.0" encoding="UTF-8"?>}. */
    private static final Pattern DECLARATION =
            Pattern.compile("^<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*([\"'])([^\"']*)\\1");
    /** How many bytes after the byte-order mark may hold the declaration we read. */
    private static final int HEAD = 512;

    private XmlEncoding() {}

    /** A reader of {@code xml}'s characters; throws when the encoding is not one OPC allows or the bytes do not decode. */
    public static Reader reader(byte[] xml) throws XmlEncodingException {
        Charset charset = charset(xml);
        int bom = charset == StandardCharsets.UTF_8 ? (startsWithUtf8Bom(xml) ? 3 : 0) : 2;
        checkDeclaration(xml, bom, charset);
        checkDecodes(xml, bom, charset);
        return new InputStreamReader(new ByteArrayInputStream(xml, bom, xml.length - bom), charset);
    }

    /** UTF-8 or UTF-16BE/LE from the first bytes; every other recognisable encoding is refused. */
    private static Charset charset(byte[] b) throws XmlEncodingException {
        int b0 = at(b, 0);
        int b1 = at(b, 1);
        int b2 = at(b, 2);
        int b3 = at(b, 3);
        if (startsWithUtf8Bom(b)) {
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 != -1) {
            throw new XmlEncodingException("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            throw new XmlEncodingException("UTF-32LE");
        }
        if (startsWithUtf16Bom(b)) {
            return b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        // XML never holds U+0000, so a zero byte this early means a 16-bit encoding without its mark.
        if (b0 == 0 || b1 == 0) {
            String order = b0 == 0 ? "UTF-16BE" : "UTF-16LE";
            throw new XmlEncodingException("template.xml.encoding.no-bom", order);
        }
        if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
            throw new XmlEncodingException("EBCDIC");
        }
        return StandardCharsets.UTF_8;
    }

    private static void checkDeclaration(byte[] b, int bom, Charset charset) throws XmlEncodingException {
        int n = Math.min(b.length - bom, HEAD);
        String head = new String(b, bom, n - n % (charset == StandardCharsets.UTF_8 ? 1 : 2), charset);
        Matcher m = DECLARATION.matcher(head);
        if (!m.find()) {
            return;
        }
        String declared = m.group(2).strip().toUpperCase(Locale.ROOT);
        String expected = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
        if (!declared.equals(expected)) {
            String shown = m.group(2).length() > 40 ? m.group(2).substring(0, 40) + "…" : m.group(2);
            throw bom > 0
                    ? new XmlEncodingException("template.xml.encoding.declared-with-bom", shown, charset.name())
                    : new XmlEncodingException("template.xml.encoding.declared", shown);
        }
    }

    /** Decodes everything once, reporting the first byte that is not valid in {@code charset}. */
    private static void checkDecodes(byte[] b, int bom, Charset charset) throws XmlEncodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, bom, b.length - bom);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, /* endOfInput= */ true);
            if (r.isError()) {
                throw invalid(charset, in.position());
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        if (decoder.flush(out).isError()) {
            throw invalid(charset, in.position());
        }
    }

    private static XmlEncodingException invalid(Charset charset, int offset) {
        String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
        return new XmlEncodingException("template.xml.encoding.undecodable", offset, name);
    }

    /**
     * Whether {@code b} opens with a UTF-16 byte-order mark, big- or little-endian: the only way OPC lets a
     * part be UTF-16. (A UTF-32LE mark opens with the same two bytes; {@link #reader} refuses it.)
     */
    public static boolean startsWithUtf16Bom(byte[] b) {
        int b0 = at(b, 0);
        int b1 = at(b, 1);
        return b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE;
    }

    private static boolean startsWithUtf8Bom(byte[] b) {
        return at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF;
    }

    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] & 0xFF : -1;
    }
}
