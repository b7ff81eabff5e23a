// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value one of our deserializers rejected, already worded in both languages. It is a Jackson
 * {@link MismatchedInputException} so that databind adds the JSON path on its way out; its location
 * is the start of the offending token.
 */
final class CodedInputException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final Wording wording;

    CodedInputException(JsonParser p, Class<?> target, Wording wording) {
        super(p, wording.code(), target);
        this.wording = wording;
    }

    Wording wording() {
        return wording;
    }
}
