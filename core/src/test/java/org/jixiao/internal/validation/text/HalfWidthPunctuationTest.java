// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Half-width punctuation in Chinese text: what becomes full-width, what stays, and what the old pattern found. */
class HalfWidthPunctuationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                fixed("结合我局实际情况,以“保运转,保民生”为前提", "结合我局实际情况，以“保运转，保民生”为前提"),
                fixed("监督实施;承担:审核?报批!完成", "监督实施；承担：审核？报批！完成"),
                fixed("。,。", "。，。"),
                fixed("中,𠀀", "中，𠀀"),
                fixed("𠀀,中", "𠀀，中"),
                fixed("中, 中", "中，中"),
                fixed("绩效目标: 一是提高保障水平", "绩效目标：一是提高保障水平"),
                fixed("在职人员63人,2021年底", "在职人员63人，2021年底"),
                fixed("得分率95%,优等", "得分率95%，优等"),
                fixed("共落实3项,其中", "共落实3项，其中"),
                fixed("采用PPP,由社会资本", "采用PPP，由社会资本"),
                fixed("主要职能是:", "主要职能是："),
                fixed("主要职能是:\n1.贯彻执行", "主要职能是：\n1.贯彻执行"),
                fixed("网址:http://www.gov.cn", "网址：http://www.gov.cn"),
                fixed("根据通知(茂财绩函〔2022〕2 号)要求", "根据通知（茂财绩函〔2022〕2 号）要求"),
                fixed("(以下简称“通知”)", "（以下简称“通知”）"),
                fixed("乡镇(街道)社会工作服务站", "乡镇（街道）社会工作服务站"),
                fixed("(1)多种模式并用", "（1）多种模式并用"),
                fixed("编制9名(含后勤人员1名)", "编制9名（含后勤人员1名）"),
                fixed("社会组织（含社会团体、基金会)进行登记", "社会组织（含社会团体、基金会）进行登记"),
                fixed("见附件 (一) 说明", "见附件（一）说明"),
                fixed("(含(一)社区)", "（含（一）社区）"),
                fixed("差异率=(决算数-预算数)÷预算数", "差异率=（决算数-预算数）÷预算数"),
                fixed("中,,中", "中，，中"), // marks next to each other go together
                fixed("实施;(1)贯彻", "实施；（1）贯彻"),
                fixed("x(1)(2)中", "x（1）（2）中"), // a bracket next to a converted one, found sweeping back
                fixed("1,(2)中", "1，（2）中"),
                stays(",中"),
                stays("共1,000元，比例为3:2，即OK, fine"),
                stays("会议于10:30开始"),
                stays("合计1,234.56万元"),
                stays("中.中"),
                stays("f(x)"),
                stays("执行 GB/T 9704(2012)"),
                stays("使用Word,Excel等软件"),
                stays("OK, (fine)"),
                stays(",".repeat(100) + "中"),
                stays("见湛坡财(2023)80号"),
                stays(""));
    }

    private static Arguments fixed(String text, String corrected) {
        return Arguments.of(text, corrected);
    }

    private static Arguments stays(String text) {
        return Arguments.of(text, null);
    }

    /** The text corrected, the brackets of document numbers left to their rule as in validation; null when unchanged. */
    private static String corrected(String text) {
        Claims claims = new Claims();
        claims.add(DocumentNumberBrackets.edits(text));
        List<Edit> edits = HalfWidthPunctuation.edits(text, claims);
        return edits.isEmpty() ? null : Edit.apply(text, edits);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void halfWidthMarksInChineseTextBecomeFullWidth(String text, String corrected) {
        assertEquals(corrected, corrected(text));
    }

    @Test
    void everyMarkTheOldLookAroundPatternFoundIsStillFound() {
        int found = 0;
        for (String text : RegexOracles.strings(7714, 200_000, 10)) {
            List<Integer> old = RegexOracles.halfWidthPositions(text);
            if (old.isEmpty()) {
                continue;
            }
            found++;
            Set<Integer> marks = new HashSet<>();
            for (Edit edit : HalfWidthPunctuation.edits(text, new Claims())) {
                for (int i = edit.start(); i < edit.end(); i++) {
                    if (HalfWidthPunctuation.fullWidth(text.charAt(i)) != 0) {
                        marks.add(i);
                    }
                }
            }
            assertTrue(marks.containsAll(old), text);
        }
        assertTrue(found > 1000, "too few generated strings have a mark: " + found);
    }
}
