// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.Lang;
import org.jixiao.internal.message.Catalogue;

/**
 * A message of the JSON reader by its key in the reader's bundle ({@code org/jixiao/internal/json/Messages})
 * and its parameters; the words are in the bundle only. A parameter is a value shown as it is, a
 * {@code Phrase} (worded in the same language) or a list of values and phrases (joined as the language joins a
 * list).
 * A problem's key is its code, or the code and a variant ({@code json.syntax.stray-bom}); keys outside
 * {@code json.} word a part of a message. Immutable.
 *
 * @param key the key in the bundle
 * @param params the parameters by name, in no particular order
 */
record Phrase(String key, Map<String, Object> params) implements Catalogue.Worded {
    static final Catalogue MESSAGES = Catalogue.of("org.jixiao.internal.json.Messages", Phrase.class);

    static final String SYNTAX = "json.syntax";
    static final String UNKNOWN_PROPERTY = "json.unknown-property";
    static final String DUPLICATE_KEY = "json.duplicate-key";
    static final String TRAILING_CONTENT = "json.trailing-content";
    static final String WRONG_TYPE = "json.wrong-type";
    static final String FLOATING_POINT_MONEY = "json.floating-point-money";
    static final String INVALID_DATE = "json.invalid-date";
    static final String INVALID_ENUM = "json.invalid-enum";
    static final String NULL_NOT_ALLOWED = "json.null-not-allowed";
    static final String TOO_LARGE = "json.too-large";
    static final String EMPTY = "json.empty";

    Phrase {
        Objects.requireNonNull(key, "key");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The phrase under {@code key} with parameters given as name, value, name, value… */
    static Phrase of(String key, Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1]));
        }
        return new Phrase(key, params);
    }

    /** The problem code of a problem's phrase: the key's first two segments ({@code json.syntax}). */
    String code() {
        int first = key.indexOf('.');
        int second = key.indexOf('.', first + 1);
        return second < 0 ? key : key.substring(0, second);
    }

    /** The phrase in {@code lang}: the catalogue words its phrase parameters; a list is joined here. */
    @Override
    public String in(Lang lang) {
        Map<String, Object> worded = new LinkedHashMap<>(params);
        worded.replaceAll((name, value) -> value instanceof List<?> list ? join(list, lang) : value);
        return MESSAGES.format(key, worded, lang);
    }

    private static String join(List<?> list, Lang lang) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(item instanceof Phrase p ? p.in(lang) : String.valueOf(item)));
        return String.join(MESSAGES.format("word.list-separator", Map.of(), lang), items);
    }
}
