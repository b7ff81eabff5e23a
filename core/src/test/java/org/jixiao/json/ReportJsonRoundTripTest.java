// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;

class ReportJsonRoundTripTest {

    @Test
    void theCompleteFixtureFillsEveryComponentOfTheModel() throws Exception {
        Report report = ReportJson.read(Fixtures.completeReport());
        Set<String> filled = new LinkedHashSet<>();
        collectFilled(report, filled);
        Set<String> missing = new LinkedHashSet<>(ModelWalk.componentKeys());
        missing.removeAll(filled);
        assertEquals(Set.of(), missing, "components never filled in complete-report.json");
        assertEquals(2, report.indicatorAnalysis().benefit().keyProjects().size());
    }

    private static void collectFilled(Object value, Set<String> filled) throws Exception {
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(r);
                if (v != null
                        && !(v instanceof List<?> l && l.isEmpty())
                        && !(v instanceof Map<?, ?> m && m.isEmpty())) {
                    filled.add(r.getClass().getSimpleName() + "." + c.getName());
                }
                collectFilled(v, filled);
            }
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                collectFilled(o, filled);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object o : map.values()) {
                collectFilled(o, filled);
            }
        }
    }

    @Test
    void readWriteReadGivesAnEqualReport() {
        Report first = ReportJson.read(Fixtures.completeReport());
        Report second = ReportJson.read(ReportJson.write(first));
        assertEquals(first, second);
    }

    @Test
    void writeReadWriteGivesIdenticalBytes() {
        Report report = ReportJson.read(Fixtures.completeReport());
        byte[] once = bytes(report);
        byte[] twice = bytes(ReportJson.read(new ByteArrayInputStream(once)));
        assertArrayEquals(once, twice);
    }

    @Test
    void theFixtureIsAlreadyInTheWrittenLayout() {
        String fixture = Fixtures.completeReport();
        assertEquals(fixture, ReportJson.write(ReportJson.read(fixture)));
    }

    @Test
    void amountsKeepTheDigitsAsWritten() {
        Report report = ReportJson.read(Fixtures.completeReport());
        assertEquals(
                new BigDecimal("4659.17"), report.expenditure().budget().total().amount());
        assertEquals(2, report.expenditure().budget().total().amount().scale());
        Money arranged = report.indicatorAnalysis()
                .benefit()
                .keyProjects()
                .get(0)
                .funds()
                .arranged();
        assertEquals(new BigDecimal("4398.1047"), arranged.amount());
        assertEquals(
                new BigDecimal("3.5000"),
                report.expenditure().threePublicExpenses().budget().amount());
        assertEquals(
                new BigDecimal("0.00"),
                report.indicatorAnalysis()
                        .execution()
                        .assetManagement()
                        .intangibleAssetsOriginalValue()
                        .amount());
        assertEquals(LocalDate.of(2023, 5, 7), report.cover().fillingDate());
        assertTrue(ReportJson.write(report).contains("\"amount\": 3.5000,"));
    }

    @Test
    void pointOnePlusPointTwoPrintsExactly() {
        String json = "{\"expenditure\":{\"budget\":{\"basic\":{\"amount\":0.1,\"unit\":\"YUAN\"},"
                + "\"project\":{\"amount\":0.2,\"unit\":\"YUAN\"}}}}";
        Report report = ReportJson.read(json);
        Money sum = report.expenditure()
                .budget()
                .basic()
                .plus(report.expenditure().budget().project());
        assertEquals("0.3", sum.amount().toPlainString());
        Report withSum = ReportJson.read(
                json.replace("\"basic\"", "\"total\":{\"amount\":" + sum.amount() + ",\"unit\":\"YUAN\"},\"basic\""));
        assertTrue(ReportJson.write(withSum).contains("\"amount\": 0.3,"), ReportJson.write(withSum));
    }

    @Test
    void writesPropertiesInRecordComponentOrder() throws IOException {
        String json = ReportJson.write(ReportJson.read(Fixtures.completeReport()));
        List<String> rootNames = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                rootNames.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        }
        List<String> components = Arrays.stream(Report.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertEquals(components, rootNames);
        // Nested records too: ReportTree is built in component order and must print the same as write().
        assertEquals(json, TreeJson.write(ReportTree.of(ReportJson.read(json))));
    }

    @Test
    void writesUtf8WithTwoSpaceIndentLfAndAFinalNewline() {
        Report report = ReportJson.read(Fixtures.completeReport());
        byte[] bytes = bytes(report);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.startsWith("\uFEFF"));
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,\n  \"description\": "));
        assertTrue(text.contains("测试用完整报告"), "CJK written as is, not escaped");
        assertEquals(ReportJson.write(report), text);
    }

    @Test
    void leavesOutNullComponentsAndEmptyListsAndReadsThemBackEqual() {
        Report sparse = ReportJson.read("{\"description\":\"\",\"keyTasks\":[],\"resultApplication\":null}");
        assertEquals("{\n  \"description\": \"\"\n}\n", ReportJson.write(sparse));
        assertEquals(sparse, ReportJson.read(ReportJson.write(sparse)));
        assertEquals("{}\n", ReportJson.write(ReportJson.read("{}")));
    }

    @Test
    void writesSectionsInKeyOrderAndKeepsTheGivenOrderInTheReport() {
        Report report = ReportJson.read(
                "{\"sections\":{\"work\":{\"paragraphs\":[\"b\"]},\"profile\":{\"paragraphs\":[\"a\"]}}}");
        assertEquals(List.of("work", "profile"), List.copyOf(report.sections().keySet()));
        String json = ReportJson.write(report);
        assertTrue(json.indexOf("\"profile\"") < json.indexOf("\"work\""), json);
        Map<?, ?> tree = (Map<?, ?>) ReportTree.of(report).get("sections");
        assertEquals(List.of("profile", "work"), List.copyOf(tree.keySet()));
        assertEquals(java.util.LinkedHashMap.class, tree.getClass());
        assertEquals(report, ReportJson.read(json));
    }

    @Test
    void theTreeKeepsAnEmptySectionsMap() {
        assertEquals(Map.of(), ReportTree.of(ReportJson.read("{}")).get("sections"));
    }

    @Test
    void keepsNullListElementsForValidationToReport() {
        Report report = ReportJson.read("{\"resultApplication\":[null,\"x\"]}");
        assertEquals(Arrays.asList(null, "x"), report.resultApplication());
        assertEquals(report, ReportJson.read(ReportJson.write(report)));
    }

    @Test
    void writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone() {
        Report report = ReportJson.read(Fixtures.completeReport());
        byte[] expected = bytes(report);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("ar-SA-u-nu-arab", "de-DE", "hi-IN-u-nu-deva", "zh-CN", "th-TH-u-ca-buddhist")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(
                        TimeZone.getTimeZone(tag.startsWith("zh") ? "Asia/Shanghai" : "Pacific/Kiritimati"));
                assertArrayEquals(expected, bytes(report), tag);
                assertEquals(report, ReportJson.read(new String(expected, StandardCharsets.UTF_8)), tag);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void escapedControlCharactersAndLoneSurrogatesArriveUnchanged() {
        Report report = ReportJson.read(
                "{\"description\":\"a\\u0001b\\ud800c\\uDC00\",\"otherMatters\":[\"\\u0000\\u001f\\uFFFF\"]}");
        assertEquals("a\u0001b\ud800c\udc00", report.description());
        assertEquals(List.of("\u0000\u001f\uffff"), report.otherMatters());
    }

    @Test
    void loneSurrogatesAndControlCharactersSurviveWriteThenRead() {
        Report report = ReportJson.read("{\"description\":\"a\\u0001b\\ud800c\\uDC00 \\ud83d\\ude00 \\uD840\\uDC00\"}");
        byte[] bytes = bytes(report);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"a\\u0001b\\ud800c\\udc00 😀 𠀀\""), text);
        assertEquals(report, ReportJson.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void acceptsOneLeadingUtf8ByteOrderMark() {
        byte[] plain = Fixtures.bytes("complete-report.json");
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Report expected = ReportJson.read(new ByteArrayInputStream(plain));
        assertEquals(expected, ReportJson.read(new ByteArrayInputStream(withBom)));
        assertEquals(expected, ReportJson.read("\uFEFF" + Fixtures.completeReport()));
    }

    @Test
    void treeHoldsPlainJavaValuesWithExactDecimalsAndIsoDates() {
        var tree = ReportTree.of(ReportJson.read(Fixtures.completeReport()));
        var cover = (java.util.Map<?, ?>) tree.get("cover");
        assertEquals(java.util.LinkedHashMap.class, tree.getClass());
        assertEquals("2023-05-07", cover.get("fillingDate"));
        assertEquals(2022, cover.get("evaluationYear"));
        assertEquals("DISTRICT", cover.get("administrativeLevel"));
        var budget = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) tree.get("expenditure")).get("budget");
        var total = (java.util.Map<?, ?>) budget.get("total");
        assertEquals(new BigDecimal("4659.17"), total.get("amount"));
        assertEquals(MoneyUnit.TEN_THOUSAND_YUAN.name(), total.get("unit"));
        var weight = ((java.util.Map<?, ?>)
                        ((List<?>) ((java.util.Map<?, ?>) tree.get("scoreSheet")).get("indicators")).get(0))
                .get("weight");
        assertEquals(new BigDecimal("20"), weight, "a BigDecimal stays a BigDecimal even without decimals");
        var consistent = ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) tree.get("selfEvaluation")).get("disclosure"))
                .get("consistent");
        assertEquals(Boolean.FALSE, consistent);
        assertEquals(ArrayList.class, tree.get("keyTasks").getClass());
    }

    @Test
    void writingDoesNotCloseTheStream() {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        ReportJson.write(ReportJson.read("{}"), out);
        assertFalse(out.closed);
        assertEquals("{}\n", out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);
        return out.toByteArray();
    }
}
