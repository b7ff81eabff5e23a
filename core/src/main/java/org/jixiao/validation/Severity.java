// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import jakarta.validation.Payload;

/**
 * How bad a {@link Problem} is.
 *
 * <p>A constraint's violations are {@link #ERROR}s unless the constraint is used with the {@link Warning}
 * payload, e.g. {@code @DecimalMin(value = "0", payload = Severity.Warning.class)} or
 * {@code @UsedWithinArrived(payload = Severity.Warning.class)}. Jakarta Validation requires a
 * constraint's default payload to be empty, so the severity is declared where the constraint is used:
 * the model records do so for every rule the document can be right despite. The text rules have a fixed
 * severity each.
 */
public enum Severity {
    /**
     * 错误: data that would make the document wrong or unopenable — sums that do not add up, dates out
     * of order, characters XML cannot hold, missing required data. Blocks rendering.
     */
    ERROR,
    /**
     * 警告: a defect the document can be right despite — a stated rate that contradicts its figures
     * (the page prints the computed one), manual numbering (the engine numbers), a repeated paragraph.
     * Does not block rendering.
     */
    WARNING;

    /** Constraint payload that makes a constraint's violations {@link #WARNING}s instead of errors. */
    public interface Warning extends Payload {}
}
