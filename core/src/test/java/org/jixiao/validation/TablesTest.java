// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.ExtraSection;
import org.jixiao.report.Report;
import org.jixiao.report.SectionText;
import org.jixiao.report.Table;
import org.jixiao.validation.constraints.RowsFitHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit's own tables, in its section text and extra sections: {@link RowsFitHeader}, at most
 * {@value Table#MAX_COLUMNS} columns, a header; and their cells are not paragraphs (no manual-numbering
 * or repetition warning).
 */
class TablesTest {
    private static final List<String> HEADER = List.of("项目", "预算数（万元）", "决算数（万元）");
    private static final String OWN = "/sections/other-matters";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("rows as wide as the header", own(table(HEADER, List.of(List.of("公务接待费", "3.50", "2.10"))))),
                row("a header without rows", own(table(HEADER, List.of()))),
                row(
                        "a row too short",
                        own(table(HEADER, List.of(List.of("公务接待费", "3.50")))),
                        "ERROR table.row-width " + OWN + "/tables/0/rows"),
                row(
                        "a row too long",
                        own(table(
                                HEADER, List.of(List.of("公务接待费", "3.50", "2.10"), List.of("公务用车", "1", "0.5", "多余")))),
                        "ERROR table.row-width " + OWN + "/tables/0/rows"),
                row(
                        "two rows too short, one problem each",
                        own(table(HEADER, List.of(List.of("公务接待费"), List.of("公务用车")))),
                        "ERROR table.row-width " + OWN + "/tables/0/rows",
                        "ERROR table.row-width " + OWN + "/tables/0/rows"),
                row(
                        "in an extra section too",
                        set(
                                "/extraSections/0",
                                new ExtraSection(
                                        null,
                                        "other-matters",
                                        null,
                                        "三公经费",
                                        null,
                                        null,
                                        List.of(table(HEADER, List.of(List.of("公务接待费")))))),
                        "ERROR table.row-width /extraSections/0/tables/0/rows"),
                row(
                        "no header",
                        own(new Table(null, List.of(), List.of())),
                        "ERROR required " + OWN + "/tables/0/header"),
                row(
                        "nine columns",
                        own(table(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of())),
                        "ERROR size " + OWN + "/tables/0/header"),
                row(
                        "a missing cell",
                        own(new Table(null, HEADER, List.of(Arrays.asList("公务接待费", null, "2.10")))),
                        "ERROR required " + OWN + "/tables/0/rows/0/1"),
                row(
                        "numbered cells are not manual numbering",
                        own(table(
                                List.of("序号", "措施"), List.of(List.of("1.", "（一）加强预算编制"), List.of("2.", "一、严格支出管理"))))),
                row(
                        "repeated long cells are not repeated paragraphs",
                        own(table(
                                List.of("指标", "说明"),
                                List.of(List.of("甲", "按照年初批复的预算和年度工作计划执行到位"), List.of("乙", "按照年初批复的预算和年度工作计划执行到位"))))),
                row(
                        "but numbering typed at an item of the section, which the document numbers, is",
                        set(OWN, new SectionText(null, null, List.of(org.jixiao.report.Item.of("1.其他事项说明。")), null)),
                        "WARNING text.manual-numbering " + OWN + "/items/0/title"),
                row(
                        "and a character a Word file cannot hold is an error in a cell too",
                        own(table(HEADER, List.of(List.of("公务接待费\u0001", "3.50", "2.10")))),
                        "ERROR text.illegal-character " + OWN + "/tables/0/rows/0/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void tablesAreChecked(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void problemsInASectionTextAreInItsOrderAndSectionsInTheirIdsOrder() {
        Report report = all(
                        set(
                                "/sections/other-matters",
                                new SectionText(
                                        null,
                                        List.of("段落。", "1.段落。"),
                                        List.of(org.jixiao.report.Item.of("1.条目。")),
                                        List.of(table(HEADER, List.of(List.of("公务接待费")))))),
                        set("/sections/evaluation.result", new SectionText(null, List.of("1.结果。"), null, null)))
                .apply(org.jixiao.report.SampleReport.valid());
        assertEquals(
                List.of(
                        "WARNING text.manual-numbering /sections/other-matters/items/0/title",
                        "ERROR table.row-width /sections/other-matters/tables/0/rows"),
                Checks.summary(Checks.VALIDATOR.validate(report)));
    }

    @Test
    void aRowTooShortSaysWhichRowAndHowManyCells() {
        Problem p = Checks.only(own(table(HEADER, List.of(List.of("公务接待费", "3.50", "2.10"), List.of("公务用车", "1")))));
        assertEquals("2", p.value());
        assertEquals("表格第 2 行有 2 个单元格，而表头有 3 列。每行的单元格数应与表头相同，请补齐或删减。", p.messageZh());
        assertEquals(
                "Row 2 of the table has 2 cells, but the header has 3 columns. Every row needs as many cells as the"
                        + " header; add or remove cells.",
                p.messageEn());
    }

    private static UnaryOperator<Report> own(Table table) {
        return set(OWN, new SectionText(null, null, null, List.of(table)));
    }

    private static Table table(List<String> header, List<List<String>> rows) {
        return new Table(null, header, rows);
    }
}
