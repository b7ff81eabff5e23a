// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.approvaltests.Approvals;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.FixResult;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ReportValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fix on the reference example: it corrects the seed's brackets, numbering, punctuation, variant
 * character and stray spaces, and nothing of those is left for validation to report.
 */
@Tag("issue-11")
class PotouFixTest {
    private static final Set<String> FIXED_RULES = Set.of(
            "text.manual-numbering",
            "text.document-number-brackets",
            "text.half-width-punctuation",
            "text.variant-character",
            "text.stray-space");
    private static final ReportValidator VALIDATOR =
            ReportValidator.create(Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
    private static final FixResult FIXED = Reports.fix(PotouExample.report());

    @Test
    void correctsTheSeedsMechanicalDefects() {
        Approvals.verify(FIXED.describe());
    }

    @Test
    void correctsEachKindOfMechanicalDefect() {
        Set<String> codes = new TreeSet<>();
        FIXED.fixes().forEach(f -> codes.add(f.code()));
        assertEquals(FIXED_RULES, codes);
    }

    @Test
    void leavesNoWarningOfTheRulesItCorrects() {
        List<Problem> left = VALIDATOR.validate(FIXED.report()).problems();
        assertTrue(left.stream().noneMatch(p -> FIXED_RULES.contains(p.code())), () -> left.toString());
        assertTrue(left.stream().noneMatch(p -> p.severity() == org.jixiao.validation.Severity.ERROR));
        assertTrue(left.stream().anyMatch(p -> p.code().equals("text.repeated-paragraph")), "repeated paragraphs stay");
        assertTrue(left.stream().anyMatch(p -> p.code().equals("rate.completion-mismatch")), "wrong figures stay");
    }

    @Test
    void isIdempotent() {
        assertEquals(List.of(), Reports.fix(FIXED.report()).fixes());
    }
}
