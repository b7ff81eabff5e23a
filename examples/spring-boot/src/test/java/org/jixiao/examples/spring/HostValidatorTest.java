// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jixiao.examples.ExampleReport;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ReportValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host application validates a {@code @Valid Report} with its own, default Jakarta Validator
 * ({@code Validation.buildDefaultValidatorFactory()}: this application's Hibernate Validator, with
 * expression language from Tomcat, with no jixiao configuration) and gets the same problems as
 * {@link ReportValidator#validate} for every constraint-based rule — same codes, pointers, values,
 * suggestions and messages in both languages, once its violations go through
 * {@link ReportValidator#problemsOf}. The plain-Java rules ({@link ReportValidator#PLAIN_JAVA_CODES})
 * are found by {@code ReportValidator} alone.
 */
class HostValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ValidatorFactory HOST = Validation.buildDefaultValidatorFactory();
    /** 2023-06-01 in China: after the reference report's dates, before the "future" one below. */
    private static final ReportValidator JIXIAO =
            ReportValidator.create(Clock.fixed(Instant.parse("2023-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @AfterAll
    static void close() {
        HOST.close();
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("the reference report", change(json -> {}), List.of()),
                Arguments.of(
                        "budget total off by 0.01",
                        change(json -> at(json, "/expenditure/budget/total").put("amount", 4659.18)),
                        List.of("budget.total")),
                Arguments.of(
                        "unit missing",
                        change(json -> at(json, "/cover/evaluatedUnits").remove("unit")),
                        List.of("required")),
                Arguments.of(
                        "team leader's name missing",
                        change(json -> at(json, "/selfEvaluation/team/leader").remove("name")),
                        List.of("required")),
                Arguments.of(
                        "issuer code too long",
                        change(json -> at(json, "/cover/basis/number").put("issuerCode", "湛".repeat(21))),
                        List.of("size")),
                Arguments.of(
                        "submitted in the future",
                        change(json -> at(json, "/selfEvaluation/submission").put("date", "2099-01-04")),
                        List.of("date.future")),
                Arguments.of(
                        "plain-Java rules beside a constraint",
                        change(json -> {
                            at(json, "/expenditure/budget/total").put("amount", 4659.18);
                            ((ObjectNode) json.at("/keyTasks/0")).put("title", "1、开展民政工作");
                            json.put("outline", "no-such-outline");
                        }),
                        List.of("budget.total")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void aHostsDefaultValidatorGivesTheConstraintBasedProblemsOfReportValidator(
            String name, Report report, List<String> codes) {
        Validator host = HOST.getValidator();
        Set<ConstraintViolation<Report>> violations = host.validate(report);
        List<Problem> fromHost = JIXIAO.problemsOf(violations).problems();

        List<Problem> all = JIXIAO.validate(report).problems();
        List<Problem> constraintBased = all.stream()
                .filter(p -> !ReportValidator.PLAIN_JAVA_CODES.contains(p.code()))
                .toList();
        // the reference report's own warning (a stated completion rate) is a constraint's, found by both
        List<String> expected = new java.util.ArrayList<>(codes);
        expected.add("rate.completion-mismatch");
        assertEquals(expected, constraintBased.stream().map(Problem::code).toList());
        assertEquals(constraintBased, fromHost);
        if (name.startsWith("plain-Java")) {
            // text.manual-numbering and outline.unknown: ReportValidator's alone
            assertTrue(all.size() > fromHost.size(), all.toString());
        }
        // the host's own messages, in its default locale, are jixiao's for jixiao's constraints
        for (ConstraintViolation<Report> v : violations) {
            if (v.getMessageTemplate().startsWith("{org.jixiao.")) {
                Problem p = fromHost.stream()
                        .filter(q -> v.getMessage().equals(q.messageZh())
                                || v.getMessage().equals(q.messageEn()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no problem says " + v.getMessage()));
                assertTrue(!ReportValidator.PLAIN_JAVA_CODES.contains(p.code()), p.code());
            }
        }
    }

    private static Report change(Consumer<ObjectNode> edit) {
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(ExampleReport.POTOU.json());
            edit.accept(json);
            return ReportJson.read(JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode json, String pointer) {
        return (ObjectNode) json.at(pointer);
    }
}
