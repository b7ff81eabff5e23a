// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The starter's messages are worded in both languages, with their parameters filled. */
class StarterMessagesTest {

    @Test
    void everyMessageIsInBothLanguages() throws Exception {
        assertEquals(keys("Messages.properties"), keys("Messages_zh_CN.properties"));
    }

    @Test
    void parametersAreFilledInTheLanguageAsked() {
        assertEquals(
                "the template registry is full (at most 64): remove a template no longer used, or raise"
                        + " jixiao.templates.max-count",
                StarterMessages.format("registry.full", Map.of("max", 64), Lang.EN));
        assertEquals(
                "模板库已满（最多 64 个）：请先删除不再使用的模板，或调大 jixiao.templates.max-count",
                StarterMessages.format("registry.full", Map.of("max", 64), Lang.ZH));
    }

    private static java.util.Set<Object> keys(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = StarterMessages.class.getResourceAsStream("/org/jixiao/spring/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(p.isEmpty(), name);
        return p.keySet();
    }
}
