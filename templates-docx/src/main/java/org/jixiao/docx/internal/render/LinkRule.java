// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which hyperlink addresses from data are written: absolute {@code http:} and {@code https:}
 * addresses with a host, and {@code mailto:} addresses; nothing that runs script, opens a local
 * file or resolves against wherever the document happens to be.
 */
final class LinkRule {
    /** Longer addresses are refused (Word and browsers cut them off around 2,000 characters). */
    static final int MAX_LENGTH = 2_048;

    private LinkRule() {}

    /** Why {@code url} is refused, or null when it may be written. */
    static DataCode.Bi refusal(String url) {
        if (url.isEmpty() || url.length() > MAX_LENGTH) {
            return new DataCode.Bi(
                    "地址为空或超过 " + MAX_LENGTH + " 个字符", "it is empty or longer than " + MAX_LENGTH + " characters");
        }
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
            return colon > 1 && scheme.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '+')
                    ? new DataCode.Bi("不允许 " + scheme + ": 地址", "a " + scheme + ": address is not allowed")
                    : new DataCode.Bi(
                            "它不是完整的网址（是相对路径或本地路径，如 C:\\…）",
                            "it is no absolute address (a relative or local path, such as C:\\…)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new DataCode.Bi(
                    "地址写法不正确（空格等字符须按 URL 编码，如 %20）",
                    "it is malformed (spaces and similar characters must be percent-encoded, e.g. %20)");
        }
        if (scheme.equals("mailto")) {
            String to = uri.getSchemeSpecificPart();
            return to != null && to.indexOf('@') > 0
                    ? null
                    : new DataCode.Bi("邮件地址不完整", "the e-mail address is incomplete");
        }
        return uri.getHost() != null
                ? null
                : new DataCode.Bi(
                        "网址没有主机名（国际化域名请写成 xn-- 形式）",
                        "it has no host name (write an international domain name as xn--…)");
    }
}
