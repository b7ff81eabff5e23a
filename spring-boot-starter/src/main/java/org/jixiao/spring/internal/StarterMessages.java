// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.internal.message.Catalogue;

/**
 * The starter's own messages (problem titles, the template registry's and the outline files' problems),
 * from {@code org/jixiao/spring/Messages*.properties} through jixiao's one message catalogue, as the
 * library words its own. Thread-safe.
 */
public final class StarterMessages {
    private static final Catalogue CATALOGUE = Catalogue.of("org.jixiao.spring.Messages", StarterMessages.class);

    private StarterMessages() {}

    /** The message under {@code key} in {@code lang}, each {@code {name}} replaced by its parameter. */
    public static String format(String key, Map<String, ?> params, Lang lang) {
        return CATALOGUE.format(key, params, lang);
    }
}
