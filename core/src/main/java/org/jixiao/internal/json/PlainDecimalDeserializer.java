// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import org.jixiao.internal.validation.DisplayText;

/**
 * Reads every {@link BigDecimal} of the model (amounts, weights, scores, stated rates) exactly as
 * written: {@code 4659.17} keeps scale 2, {@code 4398.1047} keeps 4. Only a JSON number in plain
 * decimal notation is accepted; exponent notation ({@code 1e3}, {@code 4.65917E3}) is rejected as
 * floating-point money, a string ({@code "12.5"}) as a wrong type. The value never passes through
 * {@code double}: it is built from the token's text.
 */
final class PlainDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw WrongTypes.exception(p, BigDecimal.class);
        }
        String text = p.getText();
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw new CodedInputException(p, BigDecimal.class, floatingPoint(text));
        }
        // The JSON grammar has already checked the digits; the text is a plain decimal literal.
        return new BigDecimal(text);
    }

    static Phrase floatingPoint(String text) {
        return Phrase.of(Phrase.FLOATING_POINT_MONEY, "number", DisplayText.abbreviate(text));
    }
}
