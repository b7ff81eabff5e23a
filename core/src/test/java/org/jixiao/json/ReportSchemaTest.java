// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.approvaltests.Approvals;
import org.jixiao.internal.json.ReportTerms;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema(), InputFormat.JSON);

    /** The shipped schema, read by a person before approval: titles, required lists, constraints. */
    @Test
    void schemaIsApproved() {
        Approvals.verify(ReportJson.schema());
    }

    @Test
    void shippedSchemaIsTheOneGeneratedFromTheModel() throws IOException {
        String generated = ReportSchemaGenerator.generate();
        if (!generated.equals(ReportJson.schema())) {
            Path out = Path.of("target", "report.schema.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, generated, StandardCharsets.UTF_8);
            assertEquals(
                    generated,
                    ReportJson.schema(),
                    "the model changed: review core/" + out
                            + ", copy it to core/src/main/resources/org/jixiao/json/report.schema.json and approve it");
        }
    }

    @Test
    void everyRecordComponentEnumConstantAndTypeOfTheModelHasAChineseTitle() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : ModelWalk.types()) {
            List<String> keys = new ArrayList<>(List.of(type.getSimpleName()));
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    keys.add(type.getSimpleName() + "." + c.getName());
                }
            } else {
                for (Object constant : type.getEnumConstants()) {
                    keys.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            }
            for (String key : keys) {
                String title = ReportTerms.title(key);
                if (title == null
                        || title.isBlank()
                        || !title.codePoints()
                                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "add the official term to schema-terms.properties");
    }

    @Test
    void everyTermNamesATypeComponentOrConstantOfTheModel() throws IOException {
        Set<String> known = new TreeSet<>(ModelWalk.componentKeys());
        for (Class<?> type : ModelWalk.types()) {
            known.add(type.getSimpleName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    known.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            }
        }
        Properties terms = new Properties();
        try (Reader r = new InputStreamReader(
                ReportTerms.class.getResourceAsStream(ReportTerms.RESOURCE), StandardCharsets.UTF_8)) {
            terms.load(r);
        }
        Set<String> stale = new TreeSet<>();
        for (String key : terms.stringPropertyNames()) {
            String subject =
                    key.endsWith(".description") ? key.substring(0, key.length() - ".description".length()) : key;
            if (!known.contains(subject)) {
                stale.add(key);
            }
        }
        assertEquals(Set.of(), stale, "terms for names the model no longer has");
    }

    @Test
    void enumTitlesAreTheLabelsTheModelPrints() throws Exception {
        for (Class<?> type : ModelWalk.types()) {
            if (!type.isEnum()) {
                continue;
            }
            Method label = labelMethod(type);
            for (Object constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                if (label != null) {
                    assertEquals(label.invoke(constant), ReportTerms.title(key), key);
                }
            }
        }
    }

    private static Method labelMethod(Class<?> type) {
        for (String name : List.of("label", "wording")) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        return null;
    }

    @Test
    void everyPropertyInTheSchemaHasATitleOfItsOwnOrThroughItsDefinition() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ReportJson.schema());
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asText());
        assertEquals("整体绩效自评报告", schema.get("title").asText());
        List<String> untitled = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>(List.of(schema));
        schema.get("$defs").forEach(objects::add);
        for (JsonNode object : objects) {
            if (!"object".equals(object.path("type").asText())) {
                continue;
            }
            assertFalse(
                    object.path("additionalProperties").asBoolean(true),
                    object.path("title").asText());
            for (Map.Entry<String, JsonNode> p : object.get("properties").properties()) {
                JsonNode target = p.getValue().has("$ref")
                        ? schema.at(p.getValue().get("$ref").asText().substring(1))
                        : null;
                if (!p.getValue().has("title") && (target == null || !target.has("title"))) {
                    untitled.add(object.path("title").asText() + "." + p.getKey());
                }
            }
            for (JsonNode required : object.path("required")) {
                assertNotNull(object.get("properties").get(required.asText()), required.asText());
            }
        }
        assertEquals(List.of(), untitled);
    }

    @Test
    void theCompleteReportAndItsWrittenFormAreValidAgainstTheSchema() {
        assertEquals(List.of(), messages(Fixtures.completeReport()));
        assertEquals(List.of(), messages(ReportJson.write(ReportJson.read(Fixtures.completeReport()))));
    }

    @Test
    void theSchemaLeavesWhatTheOutlineRequiresToValidation() {
        // a report in the Hubei short outline: no seal, no staffing, no budget split, no score sheet
        assertEquals(List.of(), messages(Fixtures.text("/org/jixiao/report/hubei-short-minimal.json")));
        assertEquals(
                List.of(), messages("{\"cover\": {\"evaluationYear\": 2022, \"evaluatedUnits\": {\"unit\": \"x\"}}}"));
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        String complete = Fixtures.completeReport();
        assertInvalid(complete.replace("\"sealingUnit\":", "\"@class\": \"x\",\n    \"sealingUnit\":"), "@class");
        assertInvalid(
                complete.replace("\"amount\": 4659.17", "\"amount\": \"4659.17\""), "/expenditure/budget/total/amount");
        assertInvalid(
                complete.replace("\"administrativeLevel\": \"DISTRICT\"", "\"administrativeLevel\": \"district\""),
                "/cover/administrativeLevel");
        assertInvalid(
                complete.replace("\"fillingDate\": \"2023-05-07\"", "\"fillingDate\": \"2023/05/07\""),
                "/cover/fillingDate");
        assertInvalid(
                complete.replace("\"consistent\": false", "\"consistent\": null"),
                "/selfEvaluation/disclosure/consistent");
        assertInvalid(
                complete.replace("\"evaluationYear\": 2022", "\"evaluationYear\": \"2022\""), "/cover/evaluationYear");
    }

    @Test
    void theSchemaRequiresWhatValidationRequires() {
        String complete = Fixtures.completeReport();
        assertInvalid(complete.replace("\"evaluationYear\": 2022,", ""), "evaluationYear");
        assertInvalid(complete.replace("\"unit\": \"湛江市坡头区民政局\"", "\"unit\": \"  \""), "/cover/evaluatedUnits/unit");
        assertInvalid(complete.replace("\"label\": \"评价时间\"", "\"label\": \" \""), "/cover/dates/0/label");
        assertInvalid(complete.replace("\"profile.goals\": {", "\" \": {"), "/sections");
        assertInvalid(complete.replace("\"heading\": \"下一步打算\",", ""), "/extraSections/1");
        assertInvalid(
                complete.replace("\"issuerCode\": \"湛坡财\"", "\"issuerCode\": \"湛坡财〔\""),
                "/cover/basis/number/issuerCode");
        assertInvalid(complete.replace("\"score\": 92.5", "\"score\": 100.5"), "/result/score");
    }

    private static void assertInvalid(String json, String expectedInMessage) {
        List<String> messages = messages(json);
        assertFalse(messages.isEmpty(), "the schema accepted it");
        assertTrue(messages.stream().anyMatch(m -> m.contains(expectedInMessage)), messages::toString);
    }

    private static List<String> messages(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }
}
