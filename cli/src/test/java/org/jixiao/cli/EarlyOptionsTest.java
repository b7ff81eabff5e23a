// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The language of the help and the logging switch are known before picocli parses, as picocli will read them. */
class EarlyOptionsTest {

    private static EarlyOptions scan(String... args) {
        return EarlyOptions.scan(args);
    }

    @Test
    void chineseAndQuietByDefault() {
        assertEquals(new EarlyOptions(Lang.ZH, false), scan("render", "a.json"));
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
        assertEquals(new EarlyOptions(Lang.EN, true), scan("--debug", "--lang", "en"));
    }
}
