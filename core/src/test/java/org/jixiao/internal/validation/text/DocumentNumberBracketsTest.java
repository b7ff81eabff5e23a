// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.jixiao.internal.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The linear scan for document numbers finds what the regular expression it replaced found. */
class DocumentNumberBracketsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                found("根据《通知》（粤民办函【2021】37号）要求", "粤民办函【2021】37号→粤民办函〔2021〕37号"),
                found("粤民办函 【 2021 】 37 号", "粤民办函 【 2021 】 37 号→粤民办函〔2021〕37号"),
                found("粤\u3000[\t1999\n］12345号", "粤\u3000[\\t1999\\n］12345号→粤〔1999〕12345号"), // value escaped
                found("见湛坡财(2023)80号和湛民[2022]107号", "见湛坡财(2023)80号→见湛坡财〔2023〕80号", "和湛民[2022]107号→和湛民〔2022〕107号"),
                found("一二三四五六七八九十【2021】1号", "三四五六七八九十【2021】1号→三四五六七八九十〔2021〕1号"),
                found("𠀀𠀀民﹝2020﹞5号", "𠀀𠀀民﹝2020﹞5号→𠀀𠀀民〔2020〕5号"),
                // 号 is a Han character too; the one that ends a number is not taken again for the next
                found("37号粤民办函【2021】38号", "号粤民办函【2021】38号→号粤民办函〔2021〕38号"),
                found("号【2021】1号【2022】2号", "号【2021】1号→号〔2021〕1号"),
                found("号【2021】1号湛【2022】2号", "号【2021】1号→号〔2021〕1号", "湛【2022】2号→湛〔2022〕2号"),
                found("湛【【2021】37号"),
                found("湛〔2021〕37号"),
                found("【2021】37号"),
                found("a【2021】37号"),
                found("湛【1899】37号"),
                found("湛【2100】37号"),
                found("湛【20211】37号"),
                found("湛【2021】号"),
                found("湛【2021】123456号"),
                found("湛【２０２１】37号"),
                found("湛\u00A0【2021】37号"),
                found("本年度（2022）完成任务"),
                found(""));
    }

    private static Arguments found(String text, String... numbers) {
        return Arguments.of(text, List.of(numbers));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsTheNumbersTheRegularExpressionFound(String text, List<String> numbers) {
        List<Finding> findings =
                RegexOracles.agreed(text, DocumentNumberBracketsTest::check, RegexOracles::documentNumbers);
        assertEquals(
                numbers,
                findings.stream().map(f -> f.value() + "→" + f.suggestion()).toList());
    }

    private static void check(TextSite site, List<Finding> findings) {
        DocumentNumberBrackets.check(site, DocumentNumberBrackets.edits(site.text()), findings);
    }

    @Test
    void agreesWithTheRegularExpressionOnGeneratedText() {
        int withNumbers = RegexOracles.agreedCount(
                RegexOracles.documentNumberLike(9704, 200_000),
                DocumentNumberBracketsTest::check,
                RegexOracles::documentNumbers);
        assertTrue(withNumbers > 100, "too few generated strings have a number: " + withNumbers);
    }
}
