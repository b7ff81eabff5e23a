// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jixiao.report.Item;
import org.jixiao.validation.constraints.ItemNesting;

/** Checks {@link ItemNesting}: the sub-items of an item have no sub-items of their own. */
public final class ItemNestingValidator implements ConstraintValidator<ItemNesting, Item> {
    static final String CODE = "item.too-deep";

    @Override
    public boolean isValid(Item item, ConstraintValidatorContext context) {
        if (item == null) {
            return true;
        }
        boolean valid = true;
        for (int i = 0; i < item.subItems().size(); i++) {
            Item sub = item.subItems().get(i);
            if (sub != null && !sub.subItems().isEmpty()) {
                valid = Violation.of(context, CODE)
                        .at("subItems")
                        .index(i)
                        .at("subItems")
                        .param("count", sub.subItems().size())
                        .add();
            }
        }
        return valid;
    }
}
