// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Disclosure;
import org.jixiao.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 自评材料报送及公开一致情况: a difference must be explained. */
class DisclosureTest {
    private static final String DISCLOSURE = "/selfEvaluation/disclosure";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("consistent, no explanation", set(DISCLOSURE, new Disclosure(true, null))),
                row(
                        "inconsistent, no explanation",
                        set(DISCLOSURE, new Disclosure(false, null)),
                        "ERROR disclosure.explanation-missing " + DISCLOSURE + "/explanation"),
                row(
                        "inconsistent, blank explanation",
                        set(DISCLOSURE, new Disclosure(false, "\u3000")),
                        "ERROR disclosure.explanation-missing " + DISCLOSURE + "/explanation"),
                row("inconsistent, explained", set(DISCLOSURE, new Disclosure(false, "公开的评分表为修订前版本，已于5月12日更正。"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aDifferenceIsExplained(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }
}
