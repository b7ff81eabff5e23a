// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.validation.Severity;
import org.jixiao.validation.constraints.StatedGradeMatchesScore;

/**
 * 自评结果: the conclusion, the score and grade, and the main achievements.
 *
 * @param conclusion 自评结论 paragraphs (optional)
 * @param score 自评得分, 0–100 with at most one decimal
 * @param statedGrade 评价等级 as the author stated it (optional); must match the one the score earns
 * @param achievements 主要绩效/成效, numbered items
 */
@StatedGradeMatchesScore(payload = Severity.Warning.class)
public record SelfEvaluationResult(
        List<@NotBlank String> conclusion,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal score,
        Grade statedGrade,
        List<@NotNull @Valid Item> achievements) {

    public SelfEvaluationResult {
        conclusion = Lists.copy(conclusion);
        achievements = Lists.copy(achievements);
    }

    /** The grade the score earns. */
    public Grade grade() {
        return Grade.of(score);
    }
}
