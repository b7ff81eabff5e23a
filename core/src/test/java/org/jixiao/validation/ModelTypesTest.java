// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.TeamMember;
import org.jixiao.report.TertiaryIndicator;
import org.junit.jupiter.api.Test;

/** The types whose constraint metadata a new validator builds up front. */
class ModelTypesTest {

    @Test
    void everyRecordOfTheModelIsThereAlsoInsideListsAndOnlyThose() {
        Set<Class<?>> types = ReportValidator.modelTypes();
        for (Class<?> expected : List.of(Report.class, Money.class, TeamMember.class, TertiaryIndicator.class)) {
            assertTrue(types.contains(expected), expected.getSimpleName());
        }
        assertEquals(
                List.of(),
                types.stream()
                        .filter(t -> !t.isRecord() || !t.getPackageName().equals("org.jixiao.report"))
                        .toList());
    }
}
