// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.internal.json.ReportTerms;
import org.jixiao.internal.message.Catalogue;

/**
 * Writes the Chinese and the English message of each finding from jixiao's validation bundle
 * ({@code ContributorValidationMessages}, English, and {@code _zh_CN}) with the {@link Catalogue}: the
 * same wording for a constraint's violation and for a plain-Java rule, and no Bean Validation machinery
 * for either. Every message may name the field with {@code {field}}: its title from
 * {@link ReportTerms#field}, in the message's language (the pointer itself when the path is outside
 * the model), and a parameter {@code xPath} holding another pointer is offered as {@code {xField}} too.
 * Thread-safe.
 */
public final class Messages {
    /** The bundle of the validation messages, also the one Hibernate Validator reads for jixiao's constraints. */
    public static final String BUNDLE = "ContributorValidationMessages";

    private static final Catalogue CATALOGUE = Catalogue.of(BUNDLE, Messages.class);

    private Messages() {}

    /** The finding's message in the given language. */
    public static String message(Finding finding, Lang lang) {
        Map<String, Object> params = new HashMap<>(finding.params());
        params.put("field", field(finding.path(), lang));
        finding.params().forEach((name, value) -> {
            if (name.endsWith("Path") && value instanceof String pointer) {
                params.put(name.substring(0, name.length() - "Path".length()) + "Field", field(pointer, lang));
            }
        });
        return CATALOGUE.format(finding.messageKey(), params, lang);
    }

    private static String field(String pointer, Lang lang) {
        String title = ReportTerms.field(pointer, lang);
        return title != null ? title : pointer;
    }

    /** Whether the bundle has a message under {@code key}, in both languages. */
    public static boolean has(String key) {
        return CATALOGUE.has(key);
    }
}
