// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import java.util.List;
import java.util.Locale;
import org.jixiao.Lang;

/** Which of jixiao's languages a client asked for in its {@code Accept-Language} header. */
public final class AcceptLanguage {
    private static final List<String> TAGS = List.of("zh", "en");

    private AcceptLanguage() {}

    /**
     * {@link Lang#EN} when English ranks above Chinese in {@code header} (RFC 4647 lookup, so
     * {@code en-US} is English and {@code zh-CN} Chinese); {@link Lang#ZH} otherwise, also for a missing
     * (null), empty or malformed header and for one that names neither.
     */
    public static Lang of(String header) {
        if (header == null || header.isBlank()) {
            return Lang.ZH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Lang.ZH; // a malformed header asks for nothing: the default
        }
        return "en".equals(Locale.lookupTag(ranges, TAGS)) ? Lang.EN : Lang.ZH;
    }

    /** The {@code Content-Language} of an answer in {@code lang}. */
    public static String contentLanguage(Lang lang) {
        return lang == Lang.EN ? "en" : "zh-CN";
    }
}
