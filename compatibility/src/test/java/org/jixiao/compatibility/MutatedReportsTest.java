// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.Lang;
import org.jixiao.examples.ExampleReport;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * Broken variants of the Potou reference report give the same problems in every leg: the same codes, JSON
 * paths, line and column (for JSON that cannot be read) and messages in both languages. Jackson reads the JSON
 * and Hibernate Validator runs the constraints, so these are the answers Boot's versions could change.
 */
class MutatedReportsTest {
    /** Numbers kept as written; the mutated JSON is written compactly (the same text on every Jackson). */
    private static final ObjectMapper TREE =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One broken variant: a name and how it is made from the reference report's JSON text. */
    record Mutation(String name, UnaryOperator<String> apply) {}

    static final List<Mutation> MUTATIONS = List.of(
            set("unit empty", "/cover/evaluatedUnits/unit", "\"\""),
            set("unit missing", "/cover/evaluatedUnits/unit", null),
            set("budget missing", "/expenditure/budget", null),
            set("key task null", "/keyTasks/1", "null"),
            set("budget not the sum", "/expenditure/budget/total/amount", "4659.18"),
            set("negative budget", "/expenditure/budget/basic/amount", "-386.44"),
            set("filling date in the future", "/cover/fillingDate", "\"2027-05-07\""),
            set("evaluation year out of range", "/cover/evaluationYear", "1900"),
            set("staffing negative", "/profile/staffing/retirees", "-1"),
            set("unknown outline", "/outline", "\"no-such-outline\""),
            set("half-width punctuation", "/keyTasks/0/title", "\"聚焦学深悟透,学习贯彻党的二十大精神.\""),
            set("text where a number belongs", "/cover/evaluationYear", "\"二〇二二\""),
            set("unknown property", "/cover/unitName", "\"湛江市坡头区民政局\""),
            set("invalid date", "/cover/fillingDate", "\"2023-02-30\""),
            set("invalid enum", "/cover/administrativeLevel", "\"TOWN\""),
            set("null for a yes/no", "/selfEvaluation/disclosure/consistent", "null"),
            text(
                    "duplicate key",
                    json -> json.replaceFirst(
                            "\"evaluationYear\": 2022,", "\"evaluationYear\": 2022, \"evaluationYear\": 2022,")),
            text(
                    "money in exponent notation",
                    json -> json.replaceFirst("\"amount\": 4659.17", "\"amount\": 4.65917e3")),
            text("not JSON", json -> json.substring(0, 300)),
            text("trailing content", json -> json + "{}"),
            text("empty", json -> ""));

    @Test
    void brokenReportsGiveTheSameProblemsInEveryLeg() {
        StringBuilder out = new StringBuilder();
        for (Mutation m : MUTATIONS) {
            out.append("## ")
                    .append(m.name())
                    .append('\n')
                    .append(newProblems(m.apply().apply(potou())));
        }
        Leg.assertGolden("mutations.txt", out.toString());
    }

    /**
     * What jixiao says about {@code json} beyond what it says about the reference report (whose own warnings
     * ReferenceReportsTest pins): why it cannot be read, or each problem validation finds that the reference
     * report does not have ({@code +}) and each of the reference report's that is gone ({@code -}).
     */
    static String newProblems(String json) {
        String problems = problems(json);
        if (problems.startsWith("malformed ")) {
            return problems;
        }
        List<String> mutated = List.of(problems.split("(?m)(?=^[A-Z]+ )", -1));
        StringBuilder out = new StringBuilder();
        mutated.stream()
                .filter(p -> !p.isEmpty() && !Reference.PROBLEMS.contains(p))
                .forEach(p -> out.append("+ ").append(p));
        Reference.PROBLEMS.stream()
                .filter(p -> !p.isEmpty() && !mutated.contains(p))
                .forEach(p -> out.append("- ").append(p));
        return out.toString();
    }

    /** The reference report's own problems, one entry each. */
    private static final class Reference {
        static final List<String> PROBLEMS = List.of(problems(potou()).split("(?m)(?=^[A-Z]+ )", -1));
    }

    /** What jixiao says about {@code json}: why it cannot be read, or every problem validation finds. */
    static String problems(String json) {
        Report report;
        try {
            report = ReportJson.read(json);
        } catch (MalformedReportException e) {
            return "malformed " + e.code() + " at " + e.line() + ":" + e.column() + " " + e.path() + "\n  "
                    + e.messageZh() + "\n  " + e.messageEn() + "\n";
        }
        ValidationResult result = Leg.validator().validate(report);
        StringBuilder out = new StringBuilder();
        for (Problem p : result.problems()) {
            out.append(p.severity())
                    .append(' ')
                    .append(p.code())
                    .append(' ')
                    .append(p.path())
                    .append("\n  ")
                    .append(p.message(Lang.ZH))
                    .append("\n  ")
                    .append(p.message(Lang.EN))
                    .append('\n');
        }
        return out.toString();
    }

    static String potou() {
        return new String(ExampleReport.POTOU.json(), StandardCharsets.UTF_8);
    }

    /** Sets the value at {@code pointer} to {@code value} (JSON text), or removes it when {@code value} is null. */
    static Mutation set(String name, String pointer, String value) {
        return new Mutation(name, json -> {
            try {
                JsonNode root = TREE.readTree(json);
                JsonPointer at = JsonPointer.compile(pointer);
                JsonNode parent = root.at(at.head());
                String last = at.last().getMatchingProperty();
                JsonNode v = value == null ? null : TREE.readTree(value);
                if (parent instanceof ArrayNode array) {
                    int index = Integer.parseInt(last);
                    if (v == null) {
                        array.remove(index);
                    } else {
                        array.set(index, v);
                    }
                } else if (v == null) {
                    ((ObjectNode) parent).remove(last);
                } else {
                    ((ObjectNode) parent).set(last, v);
                }
                return TREE.writeValueAsString(root);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(name, e);
            }
        });
    }

    static Mutation text(String name, UnaryOperator<String> apply) {
        return new Mutation(name, apply);
    }
}
