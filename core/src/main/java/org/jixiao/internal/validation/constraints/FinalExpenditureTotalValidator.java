// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.FinalAccounts;
import org.jixiao.report.Money;
import org.jixiao.validation.constraints.FinalExpenditureTotal;

/** Checks {@link FinalExpenditureTotal}: 支出决算 = 基本支出 + 项目支出. */
public final class FinalExpenditureTotalValidator implements ConstraintValidator<FinalExpenditureTotal, FinalAccounts> {
    static final String CODE = "final-accounts.expenditure";

    @Override
    public boolean isValid(FinalAccounts accounts, ConstraintValidatorContext context) {
        if (accounts == null || !Operands.known(accounts.expenditure(), accounts.basic(), accounts.project())) {
            return true;
        }
        Money sum = accounts.basic()
                .plus(accounts.project())
                .in(accounts.expenditure().unit());
        if (sum.sameValueAs(accounts.expenditure())) {
            return true;
        }
        return Violation.of(context, CODE)
                .at("expenditure")
                .value(accounts.expenditure())
                .suggestion(sum)
                .param("basic", accounts.basic())
                .param("project", accounts.project())
                .param("sum", sum)
                .param("expenditure", accounts.expenditure())
                .add();
    }
}
