// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Report;
import org.jixiao.report.Staffing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 人员编制情况: every figure optional; 编制总数 equals 行政编制 + 事业编制 when both are given (an error),
 * 其中后勤人员 is at most 行政编制 (an error: the two are often swapped), and
 * the figures' date lies in the evaluation year (a warning). The sample has 9 行政 and 11 事业编制.
 */
class StaffingTest {
    private static final String STAFFING = "/profile/staffing";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a total equal to the split", set(STAFFING + "/totalPosts", 20)),
                row(
                        "a total that is not",
                        set(STAFFING + "/totalPosts", 21),
                        "ERROR staffing.total-mismatch " + STAFFING + "/totalPosts"),
                row(
                        "a total without the split",
                        set(STAFFING, new Staffing(null, null, null, 18, null, 21, 4, 6, LocalDate.of(2022, 12, 31)))),
                row(
                        "a total with half the split",
                        all(set(STAFFING + "/careerPosts", null), set(STAFFING + "/totalPosts", 21))),
                row(
                        "no figure at all",
                        set(STAFFING, new Staffing(null, null, null, null, null, null, null, null, null))),
                row("logistics staff up to the administrative posts", set(STAFFING + "/logisticsPostsIncluded", 9)),
                row(
                        "administrative posts and logistics staff swapped in a positional call",
                        set(STAFFING, new Staffing(1, 9, 11, 20, 10)),
                        "ERROR staffing.logistics-above-administrative " + STAFFING + "/logisticsPostsIncluded"),
                row("logistics staff without administrative posts", set(STAFFING + "/administrativePosts", null)),
                row("figures as of the year's last day", set(STAFFING + "/asOf", LocalDate.of(2022, 12, 31))),
                row("figures as of the year's first day", set(STAFFING + "/asOf", LocalDate.of(2022, 1, 1))),
                row(
                        "figures as of the next year",
                        set(STAFFING + "/asOf", LocalDate.of(2023, 3, 31)),
                        "WARNING staffing.as-of-outside-year " + STAFFING + "/asOf"),
                row(
                        "figures as of the year before",
                        set(STAFFING + "/asOf", LocalDate.of(2021, 12, 31)),
                        "WARNING staffing.as-of-outside-year " + STAFFING + "/asOf"),
                row(
                        "figures as of a future date",
                        set(STAFFING + "/asOf", LocalDate.of(2023, 6, 2)),
                        "ERROR date.future " + STAFFING + "/asOf",
                        "WARNING staffing.as-of-outside-year " + STAFFING + "/asOf"),
                row(
                        "a negative count",
                        set(STAFFING + "/temporaryStaff", -1),
                        "ERROR min " + STAFFING + "/temporaryStaff"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void staffingFiguresAgree(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void aWrongTotalSaysTheSum() {
        Problem p = Checks.only(set(STAFFING + "/totalPosts", 21));
        assertEquals("21", p.value());
        assertEquals("编制总数 21 应等于行政编制 9 与事业编制 11 之和 20。请改正。", p.messageZh());
        assertEquals(
                "The total posts 21 should equal administrative 9 plus career 11 posts, 20. Correct it.",
                p.messageEn());
    }

    @Test
    void moreLogisticsStaffThanAdministrativePostsAsksWhetherTheyAreSwapped() {
        Problem p = Checks.only(set(STAFFING + "/logisticsPostsIncluded", 10));
        assertEquals("10", p.value());
        assertEquals("其中后勤人员 10 名包含在行政编制 9 名之内，不能多于行政编制。请核对两个数是否填反。", p.messageZh());
        assertEquals(
                "The logistics staff, 10, are part of the administrative posts, 9, so there cannot be more of them."
                        + " Check whether the two figures are swapped.",
                p.messageEn());
    }

    @Test
    void aDateOutsideTheYearNamesTheYear() {
        Problem p = Checks.only(set(STAFFING + "/asOf", LocalDate.of(2023, 3, 31)));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("人员数据的截至日期 2023-03-31 不在评价年度 2022 年内。请核对：报告应写评价年度的人员情况。", p.messageZh());
    }

    @Test
    void theControlRateUsesTheTotalWhenThereIsNoSplit() {
        Staffing total = new Staffing(null, null, null, 18, null, 20, null, null, null);
        assertEquals("90.00%", total.inServiceControlRate().orElseThrow().toString());
        Staffing none = new Staffing(null, null, null, 18, null, null, null, null, null);
        assertEquals(java.util.Optional.empty(), none.inServiceControlRate());
    }
}
