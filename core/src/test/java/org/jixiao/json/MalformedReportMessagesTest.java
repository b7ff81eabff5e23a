// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Every way the JSON reader words a problem, once each, in both languages: the approved file is the
 * catalogue of the reader's messages as a user sees them (where, what, how to fix).
 */
class MalformedReportMessagesTest {

    @Test
    void everyReaderMessageInBothLanguages() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        // syntax, recognised from the parser's message
        inputs.put("stray BOM", "{\"description\":\uFEFF\"x\"}");
        inputs.put("unquoted name", "{description: 1}");
        inputs.put("comma after the last property", "{\"description\": \"x\",}");
        inputs.put("missing comma", "{\"description\": \"x\" \"cover\": {}}");
        inputs.put("missing colon", "{\"description\" \"x\"}");
        inputs.put("control character as a value", "{\"description\": \u0001}");
        inputs.put("invisible character", "{\"description\": \u200B}");
        inputs.put("other character", "{\"description\": @}");
        inputs.put("ends early", "{\"description\": \"x\"");
        inputs.put("line break in text", "{\"description\": \"a\nb\"}");
        inputs.put("invalid escape", "{\"description\": \"\\x\"}");
        inputs.put("unrecognised token", "{\"description\": tru}");
        inputs.put("brackets do not match", "{\"keyTasks\": [}");
        inputs.put("leading zero", "{\"cover\":{\"evaluationYear\": 02022}}");
        inputs.put("comment", "{/* comment */}");
        // what the reader checks itself
        inputs.put("UTF-16", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}));
        inputs.put("not UTF-8", "{\n\"description\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        inputs.put("empty", " \n");
        inputs.put("null", "null");
        inputs.put("trailing object", "{} {}");
        inputs.put("trailing brace", "{}}");
        // the model
        inputs.put("unknown property", "{\"cover\": {\"evaluationYaer\": 2022}}");
        inputs.put("duplicate key", "{\"description\": \"a\", \"description\": \"b\"}");
        inputs.put("exponent", "{\"result\":{\"score\": 9.25e1}}");
        inputs.put("non-finite", "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": NaN}}}}");
        inputs.put("quoted number", "{\"expenditure\":{\"budget\":{\"total\":{\"amount\": \"12.5\"}}}}");
        inputs.put("quoted year", "{\"cover\":{\"evaluationYear\": \"2022\"}}");
        inputs.put("decimal year", "{\"cover\":{\"evaluationYear\": 2022.0}}");
        inputs.put("year out of range", "{\"cover\":{\"evaluationYear\": 99999999999}}");
        inputs.put("number for text", "{\"cover\":{\"sealingUnit\": 12}}");
        inputs.put("true for text", "{\"cover\":{\"sealingUnit\": true}}");
        inputs.put("array for an object", "{\"cover\": []}");
        inputs.put("text for a list", "{\"keyTasks\": \"x\"}");
        inputs.put("text for a list element", "{\"keyTasks\": [\"x\"]}");
        inputs.put("quoted boolean", "{\"selfEvaluation\":{\"disclosure\":{\"consistent\": \"true\"}}}");
        inputs.put("null boolean", "{\"selfEvaluation\":{\"disclosure\":{\"consistent\": null}}}");
        inputs.put("number for a date", "{\"cover\":{\"fillingDate\": 20230507}}");
        inputs.put("date with slashes", "{\"cover\":{\"fillingDate\": \"2023/05/07\"}}");
        inputs.put("date that does not exist", "{\"cover\":{\"fillingDate\": \"2023-02-30\"}}");
        inputs.put("enum in lower case", "{\"cover\":{\"administrativeLevel\": \"district\"}}");
        inputs.put("number for an enum", "{\"cover\":{\"administrativeLevel\": 3}}");
        inputs.put("unsafe text in a name", "{\"cover\": {\"a\u202Eb\": 1}}");
        // limits
        inputs.put(
                "nesting",
                "{\"keyTasks\":" + "[{\"title\":\"t\",\"subItems\":".repeat(40) + "[]" + "}]".repeat(40) + "}");
        inputs.put("long number", "{\"result\":{\"score\": 1" + "0".repeat(100) + "}}");
        inputs.put("long name", "{\"" + "a".repeat(257) + "\": 1}");
        inputs.put("long text", "{\"description\": \"" + "x".repeat(2_000_001) + "\"}");
        inputs.put("long document", " ".repeat(20_000_001));

        StringBuilder out = new StringBuilder();
        inputs.forEach((label, input) -> {
            MalformedReportException e = assertThrows(
                    MalformedReportException.class,
                    () -> {
                        if (input instanceof byte[] b) {
                            ReportJson.read(new ByteArrayInputStream(b));
                        } else {
                            ReportJson.read((String) input);
                        }
                    },
                    label);
            out.append(label)
                    .append(": ")
                    .append(e.code())
                    .append(" at ")
                    .append(e.line())
                    .append(':')
                    .append(e.column())
                    .append(' ')
                    .append(e.path().isEmpty() ? "(document)" : DisplayText.escape(e.path()))
                    .append("\n  ")
                    .append(e.messageZh())
                    .append("\n  ")
                    .append(e.messageEn())
                    .append("\n");
        });
        Approvals.verify(out.toString());
    }

    @Test
    void anUnreadableReportIsOneProblemShapedLikeValidations() {
        MalformedReportException e = assertThrows(
                MalformedReportException.class, () -> ReportJson.read("{\"cover\": {\"evaluationYaer\": 2022}}"));

        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("json.unknown-property", p.code());
        assertEquals("/cover/evaluationYaer", p.path());
        assertEquals(e.path(), p.path());
        assertNull(p.template());
        assertEquals(e.messageZh(), p.messageZh());
        assertEquals(e.messageEn(), p.messageEn());
        assertTrue(p.messageEn().startsWith("Line 1, column 12 (/cover/evaluationYaer): unknown property"));
    }

    private static byte[] bytes(byte[] b) {
        return b;
    }
}
