// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.internal.message.Catalogue;

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
    static Catalogue.Worded refusal(String url) {
        if (url.isEmpty() || url.length() > MAX_LENGTH) {
            return TemplateProblems.term("data.link.refused.length", MAX_LENGTH);
        }
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
            return colon > 1 && scheme.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '+')
                    ? TemplateProblems.term("data.link.refused.scheme", scheme)
                    : TemplateProblems.term("data.link.refused.not-absolute");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return TemplateProblems.term("data.link.refused.malformed");
        }
        if (scheme.equals("mailto")) {
            String to = uri.getSchemeSpecificPart();
            return to != null && to.indexOf('@') > 0 ? null : TemplateProblems.term("data.link.refused.mail");
        }
        return uri.getHost() != null ? null : TemplateProblems.term("data.link.refused.no-host");
    }
}
