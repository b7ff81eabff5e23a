// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Pointers: escaping (RFC 6901) and the document order of problems. */
class JsonPointerTest {

    @Test
    void segmentsAreEscapedAndUnescaped() {
        String pointer = JsonPointer.child(JsonPointer.child("", "a/b~c"), 3);
        assertEquals("/a~1b~0c/3", pointer);
        assertEquals(List.of("a/b~c", "3"), JsonPointer.segments(pointer));
        assertEquals(List.of(), JsonPointer.segments(""));
    }

    static Stream<Arguments> ordered() {
        return Stream.of(
                Arguments.of("/cover/sealingUnit", "/cover/fillingDate"),
                Arguments.of("/cover/basis/number/year", "/profile"),
                Arguments.of("/goals/2", "/goals/10"),
                Arguments.of("/goals/2/paragraphs/0", "/goals/2/subItems/0/title"),
                Arguments.of("/expenditure/budget", "/expenditure/budget/total"),
                Arguments.of("/expenditure/budget/total/amount", "/expenditure/budget/basic"),
                Arguments.of("/result/score", "/indicatorAnalysis/preparation"),
                Arguments.of("/improvements/0/deadline", "/scoreSheet/indicators"),
                Arguments.of("/scoreSheet/indicators/0/indicators/1/weight", "/scoreSheet/indicators/1/weight"),
                Arguments.of("/description", "/cover"),
                Arguments.of("/cover/noSuchName", "/profile"),
                Arguments.of("/cover/sealingUnit", "/cover/noSuchName"));
    }

    @ParameterizedTest(name = "{0} before {1}")
    @MethodSource("ordered")
    void problemsFollowTheDocument(String earlier, String later) {
        assertEquals(-1, Integer.signum(DocumentOrder.compare(DocumentOrder.key(earlier), DocumentOrder.key(later))));
    }
}
