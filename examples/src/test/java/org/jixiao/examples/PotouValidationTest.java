// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.approvaltests.Approvals;
import org.jixiao.Lang;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The reference example validates with exactly the seed's real defects, all warnings. */
class PotouValidationTest {
    private static final Clock JUNE_2023 =
            Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ValidationResult RESULT =
            ReportValidator.create(JUNE_2023).validate(PotouExample.report());

    @Test
    void hasNoErrors() {
        assertEquals(0, RESULT.errors().size(), RESULT.describe(Lang.EN));
    }

    @Test
    void reportsTheSeedsDefectsInChinese() {
        Approvals.verify(RESULT.describe(Lang.ZH));
    }

    @Test
    void reportsTheSeedsDefectsInEnglish() {
        Approvals.verify(RESULT.describe(Lang.EN));
    }
}
