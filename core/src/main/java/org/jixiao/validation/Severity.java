// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import jakarta.validation.Payload;

/**
 * How bad a {@link Problem} is.
 *
 * <p>A constraint is an {@link #ERROR} unless its {@code payload} contains {@link Warning}; this holds
 * for jixiao's own constraints and for any Jakarta constraint, e.g.
 * {@code @DecimalMin(value = "0", payload = Severity.Warning.class)}.
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
