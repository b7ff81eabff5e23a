// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** The batch summary lines up in a terminal, Chinese included, and says why each failed file failed. */
class SummaryTableTest {
    private static final List<FileResult> RESULTS = List.of(
            new FileResult("a.json", Outcome.OK, 0, 0, 12, null),
            new FileResult("坡头区.json", Outcome.WARNINGS, 21, 0, 1234, null),
            new FileResult("z.json", Outcome.UNREADABLE, 0, 0, 3, "[json.syntax] line 1"));

    @Test
    void chineseColumnsAlignByDisplayWidth() {
        assertEquals(List.of(
                        "文件         结果            警告  错误  毫秒",
                        "a.json       已生成             0     0    12",
                        "坡头区.json  已生成，有警告    21     0  1234",
                        "z.json       无法读取           -     -     3",
                        "共 3 个文件：2 个已生成，1 个失败",
                        "失败原因：",
                        "  z.json: [json.syntax] line 1"),
                SummaryTable.lines(RESULTS, Lang.ZH));
    }

    @Test
    void englishWithoutFailuresHasNoReasons() {
        assertEquals(List.of(
                        "file    status  warnings  errors  ms",
                        "a.json  ok             0       0  12",
                        "1 file(s): 1 written, 0 failed"),
                SummaryTable.lines(RESULTS.subList(0, 1), Lang.EN));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(6, SummaryTable.width("坡头区"));
        assertEquals(4, SummaryTable.width("（，"));
        assertEquals(5, SummaryTable.width("a.bcd"));
    }
}
