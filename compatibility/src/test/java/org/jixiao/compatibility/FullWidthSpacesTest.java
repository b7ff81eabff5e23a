// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one known difference: a required text of full-width spaces (U+3000, as a Chinese input method types
 * them). Hibernate Validator 9 (jixiao's, Boot 4.0's) takes it for blank: {@code required}. Hibernate Validator
 * 8.0 (Boot 3.5's) trims only spaces up to U+0020, so its {@code @NotBlank} takes it for filled in and the
 * {@code required} error is missing; everything else is the same. The README tells Boot 3.5 applications to
 * take Hibernate Validator 9.0; this test pins the difference so that it cannot grow or go unnoticed.
 */
class FullWidthSpacesTest {
    private static final String PATH = "/cover/evaluatedUnits/unit";

    @Test
    void aUnitNameOfFullWidthSpacesIsRequiredExceptOnHibernateValidator8() {
        String json = MutatedReportsTest.set("full-width spaces", PATH, "\"\u3000\u3000\"")
                .apply()
                .apply(MutatedReportsTest.potou());
        String problems = MutatedReportsTest.newProblems(json);
        String required = "+ ERROR required " + PATH + "\n";
        int hibernateValidator = Leg.hibernateValidatorMajor();
        if (hibernateValidator != 8) {
            Leg.assertGolden("full-width-spaces.txt", problems);
        }
        String golden = Leg.golden("full-width-spaces.txt");
        assertTrue(golden.contains(required), "the golden file (Hibernate Validator 9) has the required error");
        if (hibernateValidator == 8) {
            assertEquals(
                    withoutProblem(golden, required), problems, "Hibernate Validator 8: all but the required error");
        }
    }

    /** {@code listing} without the problem whose first line is {@code firstLine} (and its two message lines). */
    private static String withoutProblem(String listing, String firstLine) {
        List<String> lines = new ArrayList<>(Arrays.asList(listing.split("\n", -1)));
        int at = lines.indexOf(firstLine.strip());
        lines.subList(at, at + 3).clear();
        return String.join("\n", lines);
    }
}
