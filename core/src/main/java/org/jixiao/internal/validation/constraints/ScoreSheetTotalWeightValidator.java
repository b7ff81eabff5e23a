// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.ScoreSheet;
import org.jixiao.validation.constraints.ScoreSheetTotalWeight;

/** Checks {@link ScoreSheetTotalWeight}: the first-level weights add up to 100. */
public final class ScoreSheetTotalWeightValidator implements ConstraintValidator<ScoreSheetTotalWeight, ScoreSheet> {
    static final String CODE = "score-sheet.total-weight";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public boolean isValid(ScoreSheet sheet, ConstraintValidatorContext context) {
        if (sheet == null || sheet.indicators().isEmpty()) {
            return true;
        }
        BigDecimal sum = Weights.sum(sheet.indicators(), PrimaryIndicator::weight);
        if (sum == null || sum.compareTo(HUNDRED) == 0) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("indicators")
                .value(sum)
                .param("sum", sum)
                .add();
    }
}
