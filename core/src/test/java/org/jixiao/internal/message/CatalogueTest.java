// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The catalogue fills {@code {name}} parameters in one pass and nothing else. */
class CatalogueTest {
    private static final Catalogue VALIDATION = Catalogue.of("ContributorValidationMessages", CatalogueTest.class);

    @Test
    void fillsNamedParametersOnce() {
        assertEquals("a 1 b 2", Catalogue.fill("a {x} b {y}", Map.of("x", 1, "y", "2")));
        // a value is never read again: text from a report cannot name another parameter
        assertEquals("{y} and 2", Catalogue.fill("{x} and {y}", Map.of("x", "{y}", "y", "2")));
    }

    @Test
    void leavesUnknownNamesExpressionsAndBracesAsWritten() {
        assertEquals("${1+1} {missing} {{#list}} {} {", Catalogue.fill("${1+1} {missing} {{#list}} {} {", Map.of()));
        // "$" is text: the parameter after it is filled, no expression is evaluated
        assertEquals("$1", Catalogue.fill("${x}", Map.of("x", "1")));
    }

    @Test
    void answersInTheLanguageAskedForWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            // the one place this test touches the default locale: English must not fall back to it
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Catalogue fresh = Catalogue.of("ContributorValidationMessages", CatalogueTest.class);
            Map<String, Object> params = Map.of("field", "F");
            assertEquals(
                    "\"F\" is required; fill it in.", fresh.format("org.jixiao.validation.required", params, Lang.EN));
            assertEquals("“F”为必填项，请填写。", fresh.format("org.jixiao.validation.required", params, Lang.ZH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aWordedParameterIsWordedInTheMessagesLanguage() {
        Catalogue.Worded word = lang -> lang == Lang.EN ? "the field" : "该项";
        Map<String, Object> params = Map.of("field", word);
        assertEquals(
                "\"the field\" is required; fill it in.",
                VALIDATION.format("org.jixiao.validation.required", params, Lang.EN));
        assertEquals("“该项”为必填项，请填写。", VALIDATION.format("org.jixiao.validation.required", params, Lang.ZH));
    }

    @Test
    void aMissingKeyIsABugNotASilentMessage() {
        assertTrue(VALIDATION.has("org.jixiao.validation.required"));
        assertFalse(VALIDATION.has("org.jixiao.validation.no-such-rule"));
        assertThrows(
                MissingResourceException.class,
                () -> VALIDATION.format("org.jixiao.validation.no-such-rule", Map.of(), Lang.ZH));
    }
}
