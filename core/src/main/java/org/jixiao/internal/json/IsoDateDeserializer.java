// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;

/**
 * Reads a {@link LocalDate} from a JSON string in ISO 8601 calendar form {@code YYYY-MM-DD} only
 * ({@code "2023-05-07"}). Rejects other forms that Jackson's own reader would take (epoch days, arrays,
 * date-times, {@code "2023-5-7"}, {@code "2023/05/07"}) and dates that do not exist ({@code 2023-02-30}).
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw WrongTypes.exception(p, LocalDate.class);
        }
        String text = p.getText();
        if (!ISO_DATE.matcher(text).matches()) {
            throw new CodedInputException(p, LocalDate.class, Phrase.of(Phrase.INVALID_DATE));
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new CodedInputException(
                    p,
                    LocalDate.class,
                    Phrase.of("json.invalid-date.no-such-day", "date", DisplayText.abbreviate(text)));
        }
    }
}
