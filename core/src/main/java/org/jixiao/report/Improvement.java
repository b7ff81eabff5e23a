// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;

/**
 * 改进措施: one measure against a problem, with its deadline.
 *
 * @param measure 整改措施, without its number
 * @param paragraphs details (optional)
 * @param deadline 完成时限 (optional); after the filling date
 */
public record Improvement(@NotBlank String measure, List<@NotBlank String> paragraphs, LocalDate deadline) {

    public Improvement {
        paragraphs = Lists.copy(paragraphs);
    }
}
