// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.Report;
import org.jixiao.report.ScoreSheet;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.validation.constraints.ScoreMatchesScoreSheet;

/** Checks {@link ScoreMatchesScoreSheet}: 自评得分 = the score sheet's total score. */
public final class ScoreMatchesScoreSheetValidator implements ConstraintValidator<ScoreMatchesScoreSheet, Report> {
    static final String CODE = "score-sheet.total-score";

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        if (report == null || report.result() == null || report.result().score() == null) {
            return true;
        }
        BigDecimal total = totalScore(report.scoreSheet());
        BigDecimal score = report.result().score();
        if (total == null || total.compareTo(score) == 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("result")
                .at("score")
                .value(score)
                .suggestion(total.toPlainString())
                .param("score", score)
                .param("total", total)
                .add();
    }

    /** The sum of every third-level score, or null when the sheet or a score is missing. */
    private static BigDecimal totalScore(ScoreSheet sheet) {
        if (sheet == null || sheet.indicators().isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PrimaryIndicator primary : sheet.indicators()) {
            if (primary == null) {
                return null;
            }
            for (SecondaryIndicator secondary : primary.indicators()) {
                BigDecimal sum =
                        secondary == null ? null : Weights.sum(secondary.indicators(), TertiaryIndicator::score);
                if (sum == null) {
                    return null;
                }
                total = total.add(sum);
            }
        }
        return total;
    }
}
