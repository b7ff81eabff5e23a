// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.util.Objects;

/**
 * 超链接: a hyperlink for a link placeholder ({@code {{site|link}}}), the text shown and the address
 * it opens.
 *
 * <p>Only {@code http:}, {@code https:} and {@code mailto:} addresses are written; any other (a
 * {@code javascript:} or {@code file:} address, a relative or local path, a malformed or over-long
 * one) is refused when rendering ({@code data.link.refused}, with the data path).
 *
 * @param text the text shown; an empty string shows the address itself
 * @param url the address, e.g. {@code https://www.mof.gov.cn/}
 * @since 0.1
 */
public record Link(String text, String url) {
    public Link {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
    }
}
