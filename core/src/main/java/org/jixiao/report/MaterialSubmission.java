// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;

/**
 * 自评材料报送: when the materials went to the finance bureau and what they were.
 *
 * @param date 报送日期; not before the filling date
 * @param materials 报送材料, e.g. 年度部门预决算文件
 * @param quality further paragraphs on the materials' quality (optional)
 */
public record MaterialSubmission(
        @NotNull @PastOrPresent LocalDate date, List<@NotBlank String> materials, List<@NotBlank String> quality) {

    public MaterialSubmission {
        materials = Lists.copy(materials);
        quality = Lists.copy(quality);
    }
}
