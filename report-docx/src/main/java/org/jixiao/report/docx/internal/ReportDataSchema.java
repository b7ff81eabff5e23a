// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.jixiao.json.ReportJson;

/**
 * The JSON Schema of {@link ReportData}: the report's schema with the computed figures and composed
 * sentences added as {@code readOnly} properties (from {@code report-data-additions.json}). Templates
 * are linted against it. A derived text that prints source fields ({@code x-covers}) takes their
 * place in {@code required}: a template that places the text places them.
 */
public final class ReportDataSchema {
    private static final String ADDITIONS = "/org/jixiao/report/docx/report-data-additions.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = build();

    private ReportDataSchema() {}

    public static String json() {
        return SCHEMA;
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
            }
        }
    }

    private static String build() {
        try (InputStream in = ReportDataSchema.class.getResourceAsStream(ADDITIONS)) {
            ObjectNode schema = (ObjectNode) MAPPER.readTree(ReportJson.schema());
            JsonNode additions = MAPPER.readTree(in);
            for (Iterator<Map.Entry<String, JsonNode>> it = additions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("$")) {
                    continue;
                }
                ObjectNode target = e.getKey().isEmpty()
                        ? schema
                        : (ObjectNode) schema.path("$defs").path(e.getKey());
                if (target.isMissingNode() || !(target.get("properties") instanceof ObjectNode properties)) {
                    throw new IllegalStateException(
                            "report-data-additions.json names " + e.getKey() + ", which the report schema lacks");
                }
                e.getValue().fields().forEachRemaining(p -> {
                    ObjectNode property = ((ObjectNode) p.getValue().deepCopy()).put("readOnly", true);
                    JsonNode covers = property.remove("x-covers");
                    if (covers != null && target.get("required") instanceof ArrayNode required) {
                        // the derived text prints these fields: placing it places them
                        covers.forEach(c -> removeValue(required, c.asText()));
                    }
                    properties.set(p.getKey(), property);
                });
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
