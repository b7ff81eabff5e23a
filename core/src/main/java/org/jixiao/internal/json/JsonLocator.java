// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Finds where a property name stands in JSON text, to point error messages at the name itself. */
final class JsonLocator {
    /** Lenient about duplicates (we look for them), bounded like the strict reader otherwise. */
    private static final JsonFactory SCANNER = new JsonFactory();

    private JsonLocator() {}

    /**
     * The location of the {@code nth} (1-based) property name whose JSON Pointer is {@code pointer},
     * or null when the text ends or breaks before it.
     */
    static JsonLocation nameLocation(String text, String pointer, int nth) {
        int seen = 0;
        try (JsonParser p = SCANNER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME
                        && p.getParsingContext().pathAsPointer().toString().equals(pointer)
                        && ++seen == nth) {
                    return p.currentTokenLocation();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
