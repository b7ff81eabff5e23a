// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Budget;
import org.jixiao.report.Money;
import org.jixiao.validation.constraints.BudgetTotal;

/** Checks {@link BudgetTotal}: 总预算 = 基本支出 + 项目支出. */
public final class BudgetTotalValidator implements ConstraintValidator<BudgetTotal, Budget> {
    static final String CODE = "budget.total";

    @Override
    public boolean isValid(Budget budget, ConstraintValidatorContext context) {
        if (budget == null || !Operands.known(budget.total(), budget.basic(), budget.project())) {
            return true;
        }
        Money sum = budget.basic().plus(budget.project()).in(budget.total().unit());
        if (sum.sameValueAs(budget.total())) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("total")
                .value(budget.total())
                .suggestion(sum)
                .param("basic", budget.basic())
                .param("project", budget.project())
                .param("sum", sum)
                .param("total", budget.total())
                .add();
    }
}
