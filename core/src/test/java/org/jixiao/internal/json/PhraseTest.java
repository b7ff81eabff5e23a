// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The JSON reader's bundle: both languages, the same keys, and the parameters filled as promised. */
class PhraseTest {
    private static final Set<String> CODES = Set.of(
            Phrase.SYNTAX,
            Phrase.UNKNOWN_PROPERTY,
            Phrase.DUPLICATE_KEY,
            Phrase.TRAILING_CONTENT,
            Phrase.WRONG_TYPE,
            Phrase.FLOATING_POINT_MONEY,
            Phrase.INVALID_DATE,
            Phrase.INVALID_ENUM,
            Phrase.NULL_NOT_ALLOWED,
            Phrase.TOO_LARGE,
            Phrase.EMPTY);

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryProblemKeyStartsWithACode() throws IOException {
        Set<String> en = keys("Messages.properties");
        assertEquals(en, keys("Messages_zh_CN.properties"));
        for (String key : en) {
            if (key.startsWith("json.")) {
                assertTrue(CODES.contains(Phrase.of(key).code()), key);
            } else {
                assertTrue(key.startsWith("at.") || key.startsWith("word."), key);
            }
        }
    }

    @Test
    void nestedPhrasesAndListsAreWordedInTheMessagesLanguage() {
        Phrase p = Phrase.of(
                "json.invalid-enum.not-text",
                "found",
                Phrase.of("word.type.number"),
                "allowed",
                List.of(Phrase.of("word.enum-value.titled", "name", "A", "title", "甲"), "B"));

        assertEquals("json.invalid-enum", p.code());
        assertEquals("此处应为取值文本，实际是数字，允许的取值（区分大小写，带英文双引号）：A（甲）、B", p.in(Lang.ZH));
        assertEquals(
                "expected one of the allowed names as text but found a number; the allowed values (case matters, in"
                        + " double quotes) are A, B",
                p.in(Lang.EN));
    }

    @Test
    void aParameterIsFilledOnceSoBracesFromTheInputStay() {
        assertEquals(
                "the date “{date}” does not exist; for example 2023-05-07 (four-digit year, two-digit month and day,"
                        + " ASCII hyphens)",
                Phrase.of("json.invalid-date.no-such-day", "date", "{date}").in(Lang.EN));
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Phrase.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
