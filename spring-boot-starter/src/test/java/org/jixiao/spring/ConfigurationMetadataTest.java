// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The metadata the configuration processor writes from {@link JixiaoProperties}, which IDEs read. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedWithItsDefault() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, String> defaults = new TreeMap<>();
        for (JsonNode property : metadata.get("properties")) {
            assertFalse(property.path("description").asText().isBlank(), property.toString());
            defaults.put(
                    property.get("name").asText(), property.path("defaultValue").asText("(none)"));
        }
        assertEquals(
                Map.of(
                        "jixiao.outlines", "(none)",
                        "jixiao.problem-details.enabled", "true",
                        "jixiao.templates.max-count", "50",
                        "jixiao.warm-up.enabled", "true",
                        "jixiao.warm-up.web-request", "true"),
                defaults);
    }
}
