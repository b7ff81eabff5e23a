// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jixiao.report.Table;
import org.jixiao.validation.constraints.RowsFitHeader;

/** Checks {@link RowsFitHeader}: each row has as many cells as the header. */
public final class RowsFitHeaderValidator implements ConstraintValidator<RowsFitHeader, Table> {
    static final String CODE = "table.row-width";

    @Override
    public boolean isValid(Table table, ConstraintValidatorContext context) {
        if (table == null || table.header().isEmpty()) {
            return true;
        }
        boolean valid = true;
        List<List<String>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row != null && row.size() != table.header().size()) {
                valid = Violation.of(context, CODE)
                        .at("rows")
                        .value(row.size())
                        .param("row", i + 1)
                        .param("cells", row.size())
                        .param("columns", table.header().size())
                        .add();
            }
        }
        return valid;
    }
}
