// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import java.nio.charset.StandardCharsets;

/**
 * The value of a {@code Content-Disposition: attachment} header with a file name any browser keeps:
 * {@code filename} (RFC 6266) for old clients and {@code filename*} (RFC 5987 / RFC 8187) with the exact
 * name in UTF-8.
 */
public final class AttachmentHeader {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AttachmentHeader() {}

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…}: {@code filename} is {@code name} when it is
     * printable ASCII without {@code "}, {@code \} or {@code %} (which clients read differently), else
     * {@code fallback}, which must be such a name.
     */
    public static String of(String name, String fallback) {
        if (!plainAscii(fallback)) {
            throw new IllegalArgumentException("fallback must be printable ASCII: " + fallback);
        }
        return "attachment; filename=\"" + (plainAscii(name) ? name : fallback) + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** RFC 5987 {@code value-chars}: every byte of the UTF-8 form outside {@code attr-char} as {@code %XX}. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (attrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** RFC 5987 {@code attr-char}: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~". */
    private static boolean attrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    private static boolean plainAscii(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%') {
                return false;
            }
        }
        return true;
    }
}
