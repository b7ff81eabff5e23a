// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;

/**
 * Which of the reader's messages fits what Jackson's parser reports in English (syntax errors and exceeded
 * limits): the message is recognised by its stable opening words and rephrased, never passed on.
 */
final class ParserMessages {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\(.*\\(code (\\d+)");

    private ParserMessages() {}

    static Phrase syntax(String message) {
        Matcher m = UNEXPECTED_CHAR.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(1));
            if (code == 0xFEFF) {
                return Phrase.of("json.syntax.stray-bom");
            }
            String shown = DisplayText.abbreviate(new String(Character.toChars(code)));
            Object ch = shown.startsWith("<") || shown.startsWith("\\")
                    ? DisplayText.codePoint(code)
                    : Phrase.of("word.quoted", "text", shown);
            String variant = message.contains("double-quote to start field name")
                    ? "property-name"
                    : message.contains("comma to separate")
                            ? "comma"
                            : message.contains("expecting a colon") ? "colon" : "character";
            return Phrase.of("json.syntax." + variant, "character", ch);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return Phrase.of("json.syntax.end");
        }
        if (message.startsWith("Illegal unquoted character")) {
            return Phrase.of("json.syntax.control-character");
        }
        if (message.startsWith("Unrecognized character escape")) {
            return Phrase.of("json.syntax.escape");
        }
        if (message.startsWith("Unrecognized token")) {
            return Phrase.of("json.syntax.token");
        }
        if (message.startsWith("Unexpected close marker")) {
            return Phrase.of("json.syntax.brackets");
        }
        if (message.contains("Leading zeroes")
                || message.startsWith("Invalid numeric value")
                || message.contains("Decimal point not followed by a digit")) {
            return Phrase.of("json.syntax.number");
        }
        return Phrase.of(Phrase.SYNTAX);
    }

    static Phrase tooLarge(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return Phrase.of("json.too-large.nesting", "limit", StrictJsonMapper.MAX_NESTING_DEPTH);
        }
        if (m.startsWith("String value length")) {
            return Phrase.of("json.too-large.text", "limit", thousands(StrictJsonMapper.MAX_STRING_LENGTH));
        }
        if (m.startsWith("Number value length")) {
            return Phrase.of("json.too-large.number", "limit", StrictJsonMapper.MAX_NUMBER_LENGTH);
        }
        if (m.startsWith("Name length")) {
            return Phrase.of("json.too-large.name", "limit", StrictJsonMapper.MAX_NAME_LENGTH);
        }
        return Phrase.of(Phrase.TOO_LARGE, "limit", thousands(StrictJsonMapper.MAX_DOCUMENT_LENGTH));
    }

    /** {@code 2000000} → {@code 2,000,000}, in every language. */
    static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
