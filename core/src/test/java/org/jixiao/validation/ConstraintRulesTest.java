// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two kinds of rule: a Jakarta Validator's violations, worded by {@link ReportValidator#problemsOf},
 * are exactly the constraint-based problems of {@link ReportValidator#validate}; the rest are the
 * documented {@link ReportValidator#PLAIN_JAVA_CODES}. (The same through a host application's default
 * Hibernate Validator, with expression language, is tested in the Spring Boot example.)
 */
class ConstraintRulesTest {
    private static final String PREFIX = "org.jixiao.validation.";
    private static final Set<String> STANDARD =
            Set.of("required", "size", "min", "max", "digits", "pattern", "date.future", "invalid");

    @Test
    void everyMessageThatIsNeitherAConstraintsNorAStandardCodesIsAPlainJavaRule() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ContributorValidationMessages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> rules = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String code = key.substring(PREFIX.length());
            if (!code.startsWith("constraints.") && !STANDARD.contains(code)) {
                rules.add(code);
            }
        }
        assertEquals(rules, new TreeSet<>(ReportValidator.PLAIN_JAVA_CODES));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("nothing", UnaryOperator.identity(), List.of()),
                Arguments.of(
                        "budget total",
                        set("/expenditure/budget/total", Money.tenThousandYuan("4659.18")),
                        List.of("budget.total")),
                Arguments.of(
                        "final accounts",
                        set("/expenditure/finalAccounts/project", Money.tenThousandYuan("8680.67")),
                        List.of("final-accounts.expenditure")),
                Arguments.of("required", set("/cover/evaluatedUnits/unit", null), List.of("required")),
                Arguments.of("required, nested", set("/selfEvaluation/team/leader/name", null), List.of("required")),
                Arguments.of("size", set("/cover/basis/number/issuerCode", "湛".repeat(21)), List.of("size")),
                Arguments.of(
                        "future date",
                        set("/selfEvaluation/submission/date", LocalDate.of(2023, 6, 2)),
                        List.of("date.future")),
                Arguments.of(
                        "digits",
                        set(
                                "/indicatorAnalysis/execution/assetManagement/fixedAssetsOriginalValue/amount",
                                new BigDecimal("5166573.74001")),
                        List.of("digits")),
                Arguments.of(
                        "plain-Java rules beside a constraint",
                        all(
                                set("/keyTasks/0/title", "1、" + "开展民政工作"),
                                set("/expenditure/budget/total", Money.tenThousandYuan("4659.18")),
                                set("/outline", "no-such-outline")),
                        List.of("budget.total")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aValidatorsViolationsGiveTheConstraintBasedProblemsOfValidate(
            String name, UnaryOperator<Report> change, List<String> codes) {
        ReportValidator validator = Checks.VALIDATOR;
        Report report = change.apply(SampleReport.valid());
        List<Problem> constraintBased = validator.validate(report).problems().stream()
                .filter(p -> !ReportValidator.PLAIN_JAVA_CODES.contains(p.code()))
                .toList();
        ValidationResult fromViolations =
                validator.problemsOf(validator.factory().getValidator().validate(report));
        assertEquals(codes, constraintBased.stream().map(Problem::code).toList());
        assertEquals(constraintBased, fromViolations.problems());
        assertFalse(
                fromViolations.problems().stream().anyMatch(p -> ReportValidator.PLAIN_JAVA_CODES.contains(p.code())));
    }

    @Test
    void aViolationOfAnotherBeanIsRefused() {
        record Other(@jakarta.validation.constraints.NotNull String name) {}
        var violations = Checks.VALIDATOR.factory().getValidator().validate(new Other(null));
        assertThrows(IllegalArgumentException.class, () -> Checks.VALIDATOR.problemsOf(violations));
    }
}
