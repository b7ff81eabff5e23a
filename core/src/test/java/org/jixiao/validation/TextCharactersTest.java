// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that cannot go into a Word file: characters XML 1.0 cannot hold,
 * lone surrogates, bidi controls — errors, wherever the string is, positioned in code points from 1.
 */
class TextCharactersTest {
    private static final String PARAGRAPH = "/indicatorAnalysis/preparation/rationality/0";

    static Stream<Arguments> rows() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (int cp : new int[] {0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF}) {
            rows.add(row(
                    String.format("U+%04X", cp),
                    set(PARAGRAPH, "金额" + (char) cp + "元"),
                    "ERROR text.illegal-character " + PARAGRAPH));
        }
        for (String allowed : new String[] {"\t", "\n", "\r\n", "\u200D", "\uFEFF", "\uFFFD"}) {
            rows.add(row(
                    "allowed " + Integer.toHexString(allowed.charAt(0)), set(PARAGRAPH, "金额" + allowed + "元，不含非法字符。")));
        }
        rows.add(row(
                "allowed 3000, a stray space between Chinese characters",
                set(PARAGRAPH, "金额\u3000元，不含非法字符。"),
                "WARNING text.stray-space " + PARAGRAPH));
        return Stream.concat(
                rows.build(),
                Stream.of(
                        row(
                                "lone high surrogate",
                                set(PARAGRAPH, "金额\uD800元"),
                                "ERROR text.illegal-character " + PARAGRAPH),
                        row(
                                "lone low surrogate",
                                set(PARAGRAPH, "\uDC00"),
                                "ERROR text.illegal-character " + PARAGRAPH),
                        row(
                                "surrogates swapped",
                                set(PARAGRAPH, "\uDC00\uD800"),
                                "ERROR text.illegal-character " + PARAGRAPH),
                        row("a supplementary character is fine", set(PARAGRAPH, "𠀀䶮镕😀，均可写入。")),
                        row("U+202E", set(PARAGRAPH, "金额\u202E1234元"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+202A", set(PARAGRAPH, "\u202A金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+2066", set(PARAGRAPH, "\u2066金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+2069", set(PARAGRAPH, "\u2069金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+200E", set(PARAGRAPH, "\u200E金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+200F", set(PARAGRAPH, "\u200F金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row("U+061C", set(PARAGRAPH, "\u061C金额"), "ERROR text.bidi-control " + PARAGRAPH),
                        row(
                                "both in one string",
                                set(PARAGRAPH, "\u0001\u202E"),
                                "ERROR text.bidi-control " + PARAGRAPH,
                                "ERROR text.illegal-character " + PARAGRAPH),
                        row(
                                "in a name",
                                set("/selfEvaluation/team/leader/name", "谢\u0007云雨"),
                                "ERROR text.illegal-character /selfEvaluation/team/leader/name"),
                        row(
                                "in a score sheet cell",
                                set("/scoreSheet/indicators/0/indicators/0/indicators/0/criteria", "\uFFFF"),
                                "ERROR text.illegal-character /scoreSheet/indicators/0/indicators/0/indicators/0/criteria"),
                        row("in the unprinted description: never looked at", set("/description", "\u0000\u202E")),
                        row("10 000 characters", set(PARAGRAPH, "字".repeat(10_000))),
                        row(
                                "10 001 characters",
                                set(PARAGRAPH, "字".repeat(10_001)),
                                "ERROR text.too-long " + PARAGRAPH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void textThatCannotGoIntoWordIsAnError(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void theIllegalCharacterIsNamedWithItsPositionAndShownEscaped() {
        Problem p = Checks.only(set(PARAGRAPH, "金额\u0001元"));
        assertEquals("金额<U+0001>元", p.value());
        assertNull(p.suggestion());
        assertEquals("第 3 个字符 U+0001 不能写入 Word 文件：XML 1.0 不允许这个控制字符，或它是不成对的代理项；本段共 1 处。请删除这些字符。", p.messageZh());
        assertEquals(
                "Character 3 (U+0001) cannot be written to a Word file: XML 1.0 forbids this control character,"
                        + " or it is an unpaired surrogate. Occurrences in this text: 1. Delete them.",
                p.messageEn());
    }

    @Test
    void positionsCountCodePointsNotChars() {
        // 𠀀 is two chars but one character: U+FFFF is the 2nd character, the first of 2
        Problem p = Checks.only(set(PARAGRAPH, "𠀀\uFFFF元\uFFFF"));
        assertEquals("第 2 个字符 U+FFFF 不能写入 Word 文件：XML 1.0 不允许这个控制字符，或它是不成对的代理项；本段共 2 处。请删除这些字符。", p.messageZh());
        assertEquals("𠀀<U+FFFF>元<U+FFFF>", p.value());
    }

    @Test
    void aLoneSurrogateIsNamedAsSuch() {
        Problem p = Checks.only(set(PARAGRAPH, "金额\uD800元"));
        assertEquals("金额<U+D800>元", p.value());
        assertEquals(true, p.messageZh().startsWith("第 3 个字符 U+D800 "), p.messageZh());
    }

    @Test
    void theBidiControlIsNamedWithItsPosition() {
        Problem p = Checks.only(set(PARAGRAPH, "合计1234\u202E5678元"));
        assertEquals("合计1234<U+202E>5678元", p.value());
        assertEquals("第 7 个字符 U+202E 是双向文字控制符，会使文字倒序显示，如把“1234”显示为“4321”；本段共 1 处。请删除这些字符。", p.messageZh());
    }

    @Test
    void theValueIsAWindowAroundAFarCharacter() {
        Problem p = Checks.only(set(PARAGRAPH, "甲".repeat(100) + "\u0001" + "乙".repeat(100)));
        assertEquals("…" + "甲".repeat(10) + "<U+0001>" + "乙".repeat(10) + "…", p.value());
        assertEquals(true, p.messageZh().startsWith("第 101 个字符 U+0001 "), p.messageZh());
    }
}
