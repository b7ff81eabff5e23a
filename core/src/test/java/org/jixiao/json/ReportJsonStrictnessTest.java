// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jixiao.Lang;
import org.jixiao.internal.json.StrictJsonMapper;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each input the reader rejects, with its code, line, column and JSON Pointer. */
class ReportJsonStrictnessTest {

    private static MalformedReportException rejected(String json, String code, int line, int column, String path) {
        MalformedReportException e = assertThrows(MalformedReportException.class, () -> ReportJson.read(json));
        assertPosition(e, code, line, column, path);
        return e;
    }

    private static MalformedReportException rejected(byte[] bytes, String code, int line, int column, String path) {
        MalformedReportException e =
                assertThrows(MalformedReportException.class, () -> ReportJson.read(new ByteArrayInputStream(bytes)));
        assertPosition(e, code, line, column, path);
        return e;
    }

    private static void assertPosition(MalformedReportException e, String code, int line, int column, String path) {
        assertAll(
                () -> assertEquals(code, e.code(), e::getMessage),
                () -> assertEquals(line, e.line(), "line: " + e.getMessage()),
                () -> assertEquals(column, e.column(), "column: " + e.getMessage()),
                () -> assertEquals(path, e.path(), "path: " + e.getMessage()),
                () -> assertReadable(e));
    }

    /** Chinese and English, position included, no Java or Jackson internals. */
    private static void assertReadable(MalformedReportException e) {
        String zh = e.message(Lang.ZH);
        String en = e.message(Lang.EN);
        for (String m : new String[] {zh, en}) {
            for (String leak : new String[] {
                "java.",
                "com.fasterxml",
                "jackson",
                "Exception",
                "BigDecimal",
                "LocalDate",
                "org.jixiao",
                "`",
                "REDACTED",
                "JsonToken"
            }) {
                assertFalse(m.contains(leak), () -> "message leaks '" + leak + "': " + m);
            }
        }
        assertTrue(zh.endsWith("。"), zh);
        assertTrue(en.endsWith("."), en);
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
        if (e.line() > 0) {
            assertTrue(zh.startsWith("第 " + e.line() + " 行第 " + e.column() + " 列（"), zh);
            assertTrue(en.startsWith("Line " + e.line() + ", column " + e.column() + " ("), en);
        }
        assertNull(e.getCause(), "no Jackson exception travels along");
    }

    @Test
    void unknownPropertyAtDepthListsTheKnownOnesAndPointsAtTheName() {
        MalformedReportException e = rejected(
                "{\n  \"cover\": {\n    \"basis\": {\"number\": {\"issuer\": \"x\"}}\n  }\n}",
                "json.unknown-property",
                3,
                26,
                "/cover/basis/number/issuer");
        assertTrue(e.getMessage().contains("“issuer”"), e.getMessage());
        assertTrue(e.getMessage().contains("issuerCode、year、serial"), e.getMessage());
        assertTrue(e.messageEn().contains("issuerCode, year, serial"), e.messageEn());
    }

    @Test
    void theProblemCarriesTheNameOrValueItQuotes() {
        assertEquals(
                "@class",
                rejected("{\"@class\": 1}", "json.unknown-property", 1, 2, "/@class")
                        .problems()
                        .get(0)
                        .value());
        assertEquals(
                "2023-02-30",
                rejected(
                                "{\"cover\": {\"fillingDate\": \"2023-02-30\"}}",
                                "json.invalid-date",
                                1,
                                27,
                                "/cover/fillingDate")
                        .problems()
                        .get(0)
                        .value());
        assertEquals(
                "9.25e1",
                rejected("{\"result\":{\"score\": 9.25e1}}", "json.floating-point-money", 1, 21, "/result/score")
                        .problems()
                        .get(0)
                        .value());
        // a syntax error quotes nothing
        assertEquals(
                null,
                rejected("{\"a\" 1}", "json.syntax", 1, 6, "/a")
                        .problems()
                        .get(0)
                        .value());
    }

    @Test
    void classPropertyIsAnUnknownPropertyBecauseDefaultTypingIsOff() {
        rejected("{\"@class\": \"java.lang.ProcessBuilder\"}", "json.unknown-property", 1, 2, "/@class");
        rejected("{\"cover\": {\"@type\": \"x\"}}", "json.unknown-property", 1, 12, "/cover/@type");
        // A wrapper-array type id is no type id either: a string component takes no array.
        rejected("{\"description\": [\"java.lang.String\", \"x\"]}", "json.wrong-type", 1, 17, "/description");
    }

    @Test
    void defaultTypingIsNeverEnabled() {
        var mapper = StrictJsonMapper.create();
        var type = mapper.constructType(Object.class);
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(type));
        assertNull(mapper.getSerializationConfig().getDefaultTyper(type));
    }

    @Test
    void duplicateKeyPointsAtTheSecondOccurrence() {
        rejected(
                "{\n  \"description\": \"a\",\n  \"description\": \"b\"\n}",
                "json.duplicate-key",
                3,
                3,
                "/description");
        rejected(
                "{\"cover\": {\"sealingUnit\": \"a\", \"sealingUnit\": \"b\"}}",
                "json.duplicate-key",
                1,
                32,
                "/cover/sealingUnit");
    }

    @Test
    void sectionsAreAnObjectOfSectionTextsKeyedOnce() {
        rejected("{\"sections\": {\"a\": {}, \"a\": {}}}", "json.duplicate-key", 1, 24, "/sections/a");
        rejected("{\"sections\": {\"a\": \"text\"}}", "json.wrong-type", 1, 20, "/sections/a");
        rejected("{\"sections\": [{}]}", "json.wrong-type", 1, 14, "/sections");
        MalformedReportException e =
                rejected("{\"sections\": {\"a\": {\"text\": []}}}", "json.unknown-property", 1, 21, "/sections/a/text");
        assertTrue(e.messageEn().contains("heading, paragraphs, items, tables"), e.messageEn());
        assertEquals(ReportJson.read("{}"), ReportJson.read("{\"sections\": {}}"));
        assertEquals(ReportJson.read("{}"), ReportJson.read("{\"sections\": null}"));
    }

    @Test
    void trailingContentAfterTheReport() {
        rejected("{} {}", "json.trailing-content", 1, 4, "");
        rejected("{}\nx", "json.trailing-content", 2, 2, "");
        rejected("{}}", "json.trailing-content", 1, 3, "");
    }

    @Test
    void exponentNotationMoneyIsFloatingPointMoney() {
        rejected(
                "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": 1e3, \"unit\":\"YUAN\"}}}}",
                "json.floating-point-money",
                1,
                46,
                "/expenditure/budget/total/amount");
        MalformedReportException e = rejected(
                "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": 4.65917E3}}}}",
                "json.floating-point-money",
                1,
                46,
                "/expenditure/budget/total/amount");
        assertTrue(e.getMessage().contains("“4.65917E3”"), e.getMessage());
        rejected("{\"result\":{\"score\": 9.25e1}}", "json.floating-point-money", 1, 21, "/result/score");
    }

    @Test
    void nonFiniteNumbersAreFloatingPointMoney() {
        rejected(
                "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": NaN}}}}",
                "json.floating-point-money",
                1,
                49,
                "/expenditure/budget/total/amount");
        rejected(
                "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": -Infinity}}}}",
                "json.floating-point-money",
                1,
                55,
                "/expenditure/budget/total/amount");
    }

    @Test
    void stringMoneyIsAWrongType() {
        MalformedReportException e = rejected(
                "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": \"12.5\"}}}}",
                "json.wrong-type",
                1,
                46,
                "/expenditure/budget/total/amount");
        assertTrue(e.getMessage().contains("应为数字，实际是文本"), e.getMessage());
        assertTrue(e.messageEn().contains("expected a number but found text"), e.messageEn());
    }

    @Test
    void numberForAStringIsAWrongType() {
        MalformedReportException e =
                rejected("{\"cover\":{\"sealingUnit\": 12}}", "json.wrong-type", 1, 26, "/cover/sealingUnit");
        assertTrue(e.getMessage().contains("应为文本，实际是数字"), e.getMessage());
        assertTrue(e.getMessage().contains("预算部门单位（公章）"), "names the field by its official term: " + e.getMessage());
        rejected("{\"cover\":{\"sealingUnit\": true}}", "json.wrong-type", 1, 26, "/cover/sealingUnit");
        rejected("{\"keyTasks\": [\"x\"]}", "json.wrong-type", 1, 15, "/keyTasks/0");
        rejected("{\"cover\": []}", "json.wrong-type", 1, 11, "/cover");
    }

    @Test
    void nothingIsCoerced() {
        rejected("{\"cover\":{\"evaluationYear\": \"2022\"}}", "json.wrong-type", 1, 29, "/cover/evaluationYear");
        rejected("{\"cover\":{\"evaluationYear\": 2022.0}}", "json.wrong-type", 1, 29, "/cover/evaluationYear");
        rejected("{\"cover\":{\"evaluationYear\": \"\"}}", "json.wrong-type", 1, 29, "/cover/evaluationYear");
        rejected("{\"cover\": \"\"}", "json.wrong-type", 1, 11, "/cover");
        rejected("{\"keyTasks\": \"x\"}", "json.wrong-type", 1, 14, "/keyTasks");
        rejected(
                "{\"selfEvaluation\":{\"disclosure\":{\"consistent\": \"true\"}}}",
                "json.wrong-type",
                1,
                48,
                "/selfEvaluation/disclosure/consistent");
        rejected(
                "{\"selfEvaluation\":{\"disclosure\":{\"consistent\": 1}}}",
                "json.wrong-type",
                1,
                48,
                "/selfEvaluation/disclosure/consistent");
        rejected("{\"cover\":{\"evaluationYear\": 99999999999}}", "json.wrong-type", 1, 40, "/cover/evaluationYear");
    }

    @Test
    void dateWithSlashesIsInvalid() {
        MalformedReportException e = rejected(
                "{\"cover\":{\n    \"fillingDate\": \"2023/05/07\"}}",
                "json.invalid-date",
                2,
                20,
                "/cover/fillingDate");
        assertEquals(
                "第 2 行第 20 列（/cover/fillingDate，填报日期）：日期应写作 ISO 格式 YYYY-MM-DD，" + "例如 2023-05-07（年四位，月、日各两位，用半角连字符）。",
                e.getMessage());
        assertEquals(
                "Line 2, column 20 (/cover/fillingDate): a date must be written in ISO form YYYY-MM-DD; "
                        + "for example 2023-05-07 (four-digit year, two-digit month and day, ASCII hyphens).",
                e.messageEn());
    }

    @Test
    void dateWithoutLeadingZerosIsInvalid() {
        rejected("{\"cover\":{\"fillingDate\": \"2023-5-7\"}}", "json.invalid-date", 1, 26, "/cover/fillingDate");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-30",
                "2023-13-01",
                "2023-05-07T00:00",
                "2023-05-07Z",
                "+2023-05-07",
                "２０２３-05-07",
                " 2023-05-07",
                ""
            })
    void otherDateFormsAndImpossibleDatesAreInvalid(String date) {
        rejected(
                "{\"improvements\":[{\"deadline\": \"" + date + "\"}]}",
                "json.invalid-date",
                1,
                31,
                "/improvements/0/deadline");
    }

    @Test
    void datesAreOnlyStrings() {
        rejected("{\"cover\":{\"fillingDate\": 20230507}}", "json.wrong-type", 1, 26, "/cover/fillingDate");
        rejected("{\"cover\":{\"fillingDate\": [2023,5,7]}}", "json.wrong-type", 1, 26, "/cover/fillingDate");
    }

    @Test
    void lowercaseEnumIsInvalidAndTheAllowedValuesAreListed() {
        MalformedReportException e = rejected(
                "{\"cover\":{\"administrativeLevel\": \"district\"}}",
                "json.invalid-enum",
                1,
                34,
                "/cover/administrativeLevel");
        assertTrue(e.getMessage().contains("PROVINCIAL（省级）、MUNICIPAL（市级）、COUNTY（县级）、DISTRICT（区级）"), e.getMessage());
        assertTrue(e.messageEn().contains("PROVINCIAL, MUNICIPAL, COUNTY, DISTRICT"), e.messageEn());
        rejected(
                "{\"cover\":{\"administrativeLevel\": \"区级\"}}",
                "json.invalid-enum",
                1,
                34,
                "/cover/administrativeLevel");
        rejected(
                "{\"cover\":{\"administrativeLevel\": \"\"}}",
                "json.invalid-enum",
                1,
                34,
                "/cover/administrativeLevel");
    }

    @Test
    void numberForEnumIsInvalid() {
        rejected("{\"cover\":{\"administrativeLevel\": 3}}", "json.invalid-enum", 1, 34, "/cover/administrativeLevel");
        rejected(
                "{\"cover\":{\"administrativeLevel\": \"3\"}}",
                "json.invalid-enum",
                1,
                34,
                "/cover/administrativeLevel");
    }

    @Test
    void nullForABooleanIsNotAllowed() {
        rejected(
                "{\"selfEvaluation\":{\"disclosure\":{\"consistent\": null}}}",
                "json.null-not-allowed",
                1,
                48,
                "/selfEvaluation/disclosure/consistent");
        rejected("null", "json.null-not-allowed", 1, 1, "");
    }

    @Test
    void nullOrMissingForOtherRequiredValuesIsLeftToValidation() {
        Report report =
                ReportJson.read("{\"cover\": {\"evaluationYear\": null, \"sealingUnit\": null, \"fillingDate\": null,"
                        + " \"administrativeLevel\": null}, \"expenditure\": null, \"keyTasks\": null}");
        assertNull(report.cover().evaluationYear());
        assertNull(report.cover().sealingUnit());
        assertNull(report.expenditure());
        assertEquals(java.util.List.of(), report.keyTasks());
    }

    @Test
    void nestingDeeperThan64IsTooLarge() {
        // Root object 1, keyTasks array 2, then two levels (item object, subItems array) per item:
        // 31 items nest 64 deep, the 32nd item's object is level 65 (column 12 + 31 * 25 + 2).
        ReportJson.read(nestedItems(31));
        MalformedReportException e =
                rejected(nestedItems(32), "json.too-large", 1, 789, "/keyTasks" + "/0/subItems".repeat(31) + "/0");
        assertTrue(e.getMessage().contains("64"), e.getMessage());
    }

    private static String nestedItems(int levels) {
        return "{\"keyTasks\":" + "[{\"title\":\"t\",\"subItems\":".repeat(levels) + "[]" + "}]".repeat(levels) + "}";
    }

    @Test
    void oversizedStringIsTooLarge() {
        ReportJson.read("{\"description\": \"" + "x".repeat(StrictJsonMapper.MAX_STRING_LENGTH) + "\"}");
        rejected(
                "{\"description\": \"" + "x".repeat(StrictJsonMapper.MAX_STRING_LENGTH + 1) + "\"}",
                "json.too-large",
                1,
                17,
                "/description");
    }

    @Test
    void overlongNumberAndNameAreTooLarge() {
        rejected("{\"result\":{\"score\": 1" + "0".repeat(100) + "}}", "json.too-large", 1, 12, "/result/score");
        rejected("{\"" + "a".repeat(257) + "\": 1}", "json.too-large", 1, 1, "");
    }

    @Test
    void documentOverTheByteCapIsTooLargeAndReadingStopsAtTheCap() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                read[0] += len;
                return len;
            }
        };
        MalformedReportException e = assertThrows(MalformedReportException.class, () -> ReportJson.read(endless));
        assertPosition(e, "json.too-large", 0, 0, "");
        assertTrue(read[0] <= StrictJsonMapper.MAX_DOCUMENT_LENGTH + 8192L, "read " + read[0]);
        assertTrue(e.getMessage().contains("20,000,000"), e.getMessage());
        MalformedReportException s = assertThrows(
                MalformedReportException.class,
                () -> ReportJson.read(" ".repeat(StrictJsonMapper.MAX_DOCUMENT_LENGTH + 1)));
        assertPosition(s, "json.too-large", 0, 0, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \n\t\r\n", "\uFEFF", "\uFEFF  \n"})
    void emptyInputIsEmpty(String json) {
        rejected(json, "json.empty", 0, 0, "");
        rejected(json.getBytes(StandardCharsets.UTF_8), "json.empty", 0, 0, "");
    }

    @Test
    void notJsonIsASyntaxError() {
        rejected("整体绩效自评报告", "json.syntax", 1, 9, "");
        rejected("<report/>", "json.syntax", 1, 1, "");
        rejected("{description: 1}", "json.syntax", 1, 2, "");
        rejected("{'description': 'x'}", "json.syntax", 1, 2, "");
        rejected("{\"description\": \"x\",}", "json.syntax", 1, 21, "/description");
        rejected("{\"description\": \"x\" \"cover\": {}}", "json.syntax", 1, 21, "/description");
        rejected("{\"description\": \"x\"", "json.syntax", 1, 20, "/description");
        rejected("{\"description\": \"a\nb\"}", "json.syntax", 1, 19, "/description");
        rejected("{/* comment */}", "json.syntax", 1, 2, "");
        rejected("{\"cover\":{\"evaluationYear\": 02022}}", "json.syntax", 1, 30, "/cover/evaluationYear");
        rejected("{\"description\": \"\\x\"}", "json.syntax", 1, 19, "/description");
        rejected("[]", "json.wrong-type", 1, 1, "");
    }

    @Test
    void utf8ByteOrderMarkPolicy() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"description\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // One leading BOM is skipped (RFC 8259 §8.1) ...
        assertEquals(
                "x",
                ReportJson.read(new ByteArrayInputStream(concat(bom, json))).description());
        assertEquals("x", ReportJson.read("\uFEFF{\"description\":\"x\"}").description());
        // ... a second one, or one anywhere else, is an error ...
        MalformedReportException e = rejected(concat(bom, concat(bom, json)), "json.syntax", 1, 1, "");
        assertTrue(e.getMessage().contains("BOM"), e.getMessage());
        rejected("{\"description\":\uFEFF\"x\"}", "json.syntax", 1, 16, "/description");
        // ... and UTF-16, with or without its BOM, is not UTF-8.
        MalformedReportException utf16 = rejected(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{}".getBytes(StandardCharsets.UTF_16LE)),
                "json.syntax",
                1,
                1,
                "");
        assertTrue(utf16.getMessage().contains("UTF-16"), utf16.getMessage());
    }

    @Test
    void malformedUtf8IsASyntaxErrorAtItsPosition() {
        byte[] latin1 = "{\n\"description\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        MalformedReportException e = rejected(latin1, "json.syntax", 2, 20, "");
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        // A surrogate encoded on its own (CESU-8 style) is not UTF-8 either.
        byte[] cesu = concat(
                "{\"description\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        rejected(cesu, "json.syntax", 1, 17, "");
        // An overlong form of '/' and a code point above U+10FFFF are not UTF-8.
        rejected(
                concat(
                        "{\"description\":\"a".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'}),
                "json.syntax",
                1,
                18,
                "");
        rejected(
                concat(
                        "{\"description\":\"".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'}),
                "json.syntax",
                1,
                17,
                "");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        // U+FFFD itself is well-formed UTF-8 (EF BF BD): read as the character it is
        byte[] json = "{\"description\":\"\uFFFD\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("\uFFFD", ReportJson.read(new ByteArrayInputStream(json)).description());
    }

    @Test
    void messagesDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            MalformedReportException e = assertThrows(
                    MalformedReportException.class,
                    () -> ReportJson.read(
                            new ByteArrayInputStream(new byte[StrictJsonMapper.MAX_DOCUMENT_LENGTH + 1])));
            assertTrue(e.getMessage().contains("20,000,000"), e.getMessage());
            MalformedReportException d = assertThrows(
                    MalformedReportException.class, () -> ReportJson.read("{\"cover\":{\"fillingDate\":\"x\"}}"));
            assertTrue(d.getMessage().startsWith("第 1 行第 25 列"), d.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
