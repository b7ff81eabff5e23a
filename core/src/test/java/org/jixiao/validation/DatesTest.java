// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates in order: evaluation year (2022) &lt; filling (2023-05-07) ≤ submission (2023-05-10) ≤ today
 * (2023-06-01, a fixed clock); funds as of within the year up to the filling date; deadlines after it.
 */
class DatesTest {
    private static final String FILLING = "/cover/fillingDate";
    private static final String SUBMISSION = "/selfEvaluation/submission/date";
    private static final String AS_OF = "/indicatorAnalysis/benefit/keyProjects/0/funds/asOf";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "filling date on the last day of the evaluation year",
                        set(FILLING, d("2022-12-31")),
                        "ERROR date.filling-too-early " + FILLING),
                row("filling date on the first day after it", set(FILLING, d("2023-01-01"))),
                row(
                        "filling date within the evaluation year, before the funds' date",
                        set(FILLING, d("2022-06-30")),
                        "ERROR date.filling-too-early " + FILLING,
                        "ERROR date.funds-as-of " + AS_OF),
                row(
                        "filling date in the future",
                        all(set(FILLING, d("2023-06-02")), set(SUBMISSION, d("2023-06-02"))),
                        "ERROR date.future " + FILLING,
                        "ERROR date.future " + SUBMISSION),
                row(
                        "filling and submission today",
                        all(set(FILLING, d("2023-06-01")), set(SUBMISSION, d("2023-06-01")))),
                row(
                        "submission before filling",
                        set(SUBMISSION, d("2023-05-06")),
                        "ERROR date.submission-before-filling " + SUBMISSION),
                row("submission on the filling date", set(SUBMISSION, d("2023-05-07"))),
                row("submission in the future", set(SUBMISSION, d("2023-06-02")), "ERROR date.future " + SUBMISSION),
                row("funds as of the year before", set(AS_OF, d("2021-12-31")), "ERROR date.funds-as-of " + AS_OF),
                row("funds as of the first day of the year", set(AS_OF, d("2022-01-01"))),
                row("funds as of the filling date", set(AS_OF, d("2023-05-07"))),
                row(
                        "funds as of after the filling date",
                        set(AS_OF, d("2023-05-08")),
                        "ERROR date.funds-as-of " + AS_OF),
                row(
                        "deadline before filling",
                        set("/improvements/0/deadline", d("2023-05-06")),
                        "ERROR date.deadline-before-filling /improvements/0/deadline"),
                row("deadline on the filling date", set("/improvements/0/deadline", d("2023-05-07"))),
                row("no deadline", set("/improvements/0/deadline", null)),
                row(
                        "second improvement's deadline before filling",
                        set(
                                "/improvements/1",
                                new org.jixiao.report.Improvement("完善绩效目标管理。", List.of(), d("2023-01-31"))),
                        "ERROR date.deadline-before-filling /improvements/1/deadline"),
                row("notice of the evaluation year", set("/cover/basis/number/year", 2022)),
                row(
                        "notice of two years after",
                        set("/cover/basis/number/year", 2024),
                        "ERROR date.basis-year /cover/basis/number/year"),
                row(
                        "notice of the year before",
                        set("/cover/basis/number/year", 2021),
                        "ERROR date.basis-year /cover/basis/number/year"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void datesAreInOrder(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void todayComesFromTheClock() {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        Clock dayBeforeSubmission =
                Clock.fixed(LocalDate.of(2023, 5, 9).atStartOfDay(china).toInstant(), china);
        List<String> found =
                Checks.summary(ReportValidator.create(dayBeforeSubmission).validate(SampleReport.valid()));
        assertEquals(List.of("ERROR date.future " + SUBMISSION), found);
    }

    @Test
    void todayIsTheDateInTheClocksZone() {
        // 2023-05-09T17:00Z is already 2023-05-10 01:00 in China: the submission date is today, not the future
        Instant instant = Instant.parse("2023-05-09T17:00:00Z");
        Report report = SampleReport.valid();
        assertEquals(
                List.of(),
                ReportValidator.create(Clock.fixed(instant, ZoneId.of("Asia/Shanghai")))
                        .validate(report)
                        .problems());
        assertEquals(
                List.of("ERROR date.future " + SUBMISSION),
                Checks.summary(ReportValidator.create(Clock.fixed(instant, ZoneOffset.UTC))
                        .validate(report)));
    }

    @Test
    void fillingTooEarlyNamesTheYearEnd() {
        Problem p = Checks.only(set(FILLING, d("2022-12-31")));
        assertEquals("2022-12-31", p.value());
        assertEquals("填报日期 2022-12-31 应在评价年度 2022 年结束（2022-12-31）之后。请核对填报日期和评价年度。", p.messageZh());
    }

    @ParameterizedTest(name = "evaluation year {0}")
    @ValueSource(ints = {1_000_000_000, Integer.MAX_VALUE, -1_000_000_000, Integer.MIN_VALUE})
    @Tag("hostile-templates")
    void anEvaluationYearNoDateCanHoldIsAValidationError(int year) {
        // LocalDate holds years up to ±999,999,999: the date rules must leave such a year to @Min/@Max.
        List<String> found = Checks.summary(Checks.validate(set("/cover/evaluationYear", year)));
        assertEquals(
                List.of(
                        (year > 0 ? "ERROR max" : "ERROR min") + " /cover/evaluationYear",
                        "ERROR date.basis-year /cover/basis/number/year"),
                found);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
