// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The package's null policy: a null argument throws NullPointerException naming the parameter. */
class NullPolicyTest {

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments("NumberingStyle.byLabel", (Executable) () -> NumberingStyle.byLabel(null), "label"),
                arguments("ChineseDates.format", (Executable) () -> ChineseDates.format(null), "date"),
                arguments(
                        "ChineseDates.formatYearMonth",
                        (Executable) () -> ChineseDates.formatYearMonth(null),
                        "yearMonth"),
                arguments("Amounts.plain", (Executable) () -> Amounts.plain(null), "value"),
                arguments("Amounts.fixed", (Executable) () -> Amounts.fixed(null, 2), "value"),
                arguments("Amounts.grouped", (Executable) () -> Amounts.grouped(null, 2), "value"),
                arguments("Percentages.format", (Executable) () -> Percentages.format(null), "percent"),
                arguments(
                        "Percentages.rate numerator",
                        (Executable) () -> Percentages.rate(null, BigDecimal.ONE),
                        "numerator"),
                arguments(
                        "Percentages.rate denominator",
                        (Executable) () -> Percentages.rate(BigDecimal.ONE, null),
                        "denominator"),
                arguments("CapitalAmounts.ofYuan", (Executable) () -> CapitalAmounts.ofYuan(null), "yuan"),
                arguments("TextFormat.byName", (Executable) () -> TextFormat.byName(null), "name"),
                arguments("TextFormat.apply", (Executable) () -> TextFormat.AMOUNT.apply(null), "value"));
    }

    @ParameterizedTest(name = "{0}(null) names {2}")
    @MethodSource("nullArguments")
    void nullArgumentThrowsNamingTheParameter(String method, Executable call, String parameter) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(parameter, e.getMessage());
    }
}
