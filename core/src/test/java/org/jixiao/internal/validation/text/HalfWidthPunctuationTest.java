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

/** The scan for half-width punctuation finds what the look-around pattern it replaced found. */
class HalfWidthPunctuationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("结合我局实际情况,以“保运转,保民生”为前提", "结合我局实际情况，以“保运转，保民生”为前提"),
                Arguments.of("监督实施;承担:审核?报批!完成", "监督实施；承担：审核？报批！完成"),
                Arguments.of("。,。", "。，。"),
                Arguments.of("中,𠀀", "中，𠀀"),
                Arguments.of("中,,中", null),
                Arguments.of(",中", null),
                Arguments.of("中,", null),
                Arguments.of("共1,000元，比例为3:2，即OK, fine", null),
                Arguments.of("中, 中", null),
                Arguments.of("𠀀,中", null), // the char before is a low surrogate: as the look-behind saw it
                Arguments.of("中.中", null),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsWhatTheLookAroundPatternFound(String text, String corrected) {
        List<Finding> findings = RegexOracles.agreed(text, HalfWidthPunctuation::check, RegexOracles::halfWidth);
        assertEquals(corrected, findings.isEmpty() ? null : findings.get(0).suggestion());
    }

    @Test
    void agreesWithTheLookAroundPatternOnGeneratedText() {
        int withFindings = RegexOracles.agreedCount(
                RegexOracles.strings(7714, 200_000, 10), HalfWidthPunctuation::check, RegexOracles::halfWidth);
        assertTrue(withFindings > 1000, "too few generated strings have a finding: " + withFindings);
    }
}
