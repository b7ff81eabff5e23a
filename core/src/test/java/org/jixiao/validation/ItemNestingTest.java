// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Item;
import org.jixiao.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 条目层级: items nest two levels at most, as the outline numbers them; a third would not be printed. */
class ItemNestingTest {
    private static final Item LEAF = Item.of("开展社区治理工作。");

    static Stream<Arguments> rows() {
        return Stream.of(
                row("one level", set("/keyTasks", List.of(LEAF))),
                row("two levels", set("/keyTasks", List.of(new Item("聚焦民生保障。", List.of(), List.of(LEAF))))),
                row(
                        "three levels",
                        set(
                                "/keyTasks",
                                List.of(new Item(
                                        "聚焦民生保障。",
                                        List.of(),
                                        List.of(new Item("全力做好社会救助工作。", List.of(), List.of(LEAF, LEAF)))))),
                        "ERROR item.too-deep /keyTasks/0/subItems/0/subItems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void itemsNestTwoLevelsAtMost(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }
}
