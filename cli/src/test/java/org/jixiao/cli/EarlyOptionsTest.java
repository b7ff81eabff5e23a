// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The language of the help and the logging switch are known before picocli parses, as picocli will read them. */
class EarlyOptionsTest {

    private static EarlyOptions scan(String... args) {
        return EarlyOptions.scan(args);
    }

    @Test
    void chineseAndQuietByDefault() {
        assertEquals(new EarlyOptions(Lang.ZH, false, "render", false), scan("render", "a.json"));
    }

    @Test
    void langIsReadInBothSpellingsAnywhereBeforeDoubleDash() {
        assertEquals(Lang.EN, scan("--lang", "en", "render").lang());
        assertEquals(Lang.EN, scan("render", "a.json", "--lang=EN").lang());
        assertEquals(Lang.ZH, scan("render", "--", "--lang", "en").lang());
    }

    @Test
    void anUnknownLanguageLeavesChineseForPicocliToReject() {
        assertEquals(Lang.ZH, scan("--lang", "fr").lang());
        assertEquals(Lang.ZH, scan("--lang").lang());
    }

    @Test
    void debugIsAFlag() {
        assertEquals(new EarlyOptions(Lang.EN, true, "", false), scan("--debug", "--lang", "en"));
    }

    @Test
    void theCommandIsTheFirstArgumentThatIsNeitherAnOptionNorTheLanguage() {
        assertEquals("batch", scan("--lang", "en", "batch", "in", "-o", "out").command());
        assertEquals("validate", scan("--debug", "validate", "render.json").command());
        assertEquals("", scan("--", "render").command());
    }

    @Test
    void aCustomTemplateIsSeenInBothSpellings() {
        assertTrue(scan("render", "a.json", "--template", "t.docx").customTemplate());
        assertTrue(scan("batch", "in", "--template=t.docx").customTemplate());
        assertFalse(scan("render", "a.json", "--", "--template").customTemplate());
    }
}
