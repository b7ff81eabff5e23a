// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** Words for JSON value types and Java targets, so that no Java class name reaches a message. */
final class WrongTypes {
    private WrongTypes() {}

    static CodedInputException exception(JsonParser p, Class<?> target) {
        return new CodedInputException(p, target, phrase(target, p.currentToken()));
    }

    static Phrase phrase(Class<?> target, JsonToken actual) {
        Phrase expected = expected(target);
        String fix;
        if (target == BigDecimal.class && actual == JsonToken.VALUE_STRING) {
            fix = "unquote-decimal";
        } else if ((target == Integer.class || target == int.class) && actual == JsonToken.VALUE_STRING) {
            fix = "unquote-integer";
        } else if ((target == Integer.class || target == int.class) && actual == JsonToken.VALUE_NUMBER_FLOAT) {
            fix = "no-decimal-point";
        } else if (target == String.class || target == LocalDate.class || target.isEnum()) {
            fix = "quote-text";
        } else if (target == Boolean.class || target == boolean.class) {
            fix = "boolean";
        } else {
            fix = "write-type";
        }
        return Phrase.of(
                Phrase.WRONG_TYPE,
                "expected",
                expected,
                "found",
                found(actual),
                "fix",
                Phrase.of("word.fix." + fix, "expected", expected));
    }

    /** The expected type in words. */
    static Phrase expected(Class<?> target) {
        String type;
        if (target == String.class) {
            type = "text";
        } else if (target == BigDecimal.class) {
            type = "number";
        } else if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            type = "integer";
        } else if (target == Boolean.class || target == boolean.class) {
            type = "boolean";
        } else if (target == LocalDate.class) {
            type = "date";
        } else if (target.isEnum()) {
            type = "enum";
        } else if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            type = "array";
        } else {
            type = "object";
        }
        return Phrase.of("word.type." + type);
    }

    /** What was found, in words. */
    static Phrase found(JsonToken token) {
        String type;
        if (token == null) {
            type = "nothing";
        } else {
            type = switch (token) {
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT -> "number";
                case VALUE_NUMBER_FLOAT -> "decimal";
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_OBJECT, FIELD_NAME, END_OBJECT -> "object";
                case START_ARRAY, END_ARRAY -> "array";
                default -> "other";
            };
        }
        return Phrase.of("word.type." + type);
    }
}
