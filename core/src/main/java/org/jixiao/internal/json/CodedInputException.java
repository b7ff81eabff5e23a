// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value one of our deserializers rejected, with the reader's message for it. It is a Jackson
 * {@link MismatchedInputException} so that databind adds the JSON path on its way out; its location
 * is the start of the offending token.
 */
final class CodedInputException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    CodedInputException(JsonParser p, Class<?> target, Phrase phrase) {
        super(p, phrase.code(), target);
        this.phrase = phrase;
    }

    Phrase phrase() {
        return phrase;
    }
}
