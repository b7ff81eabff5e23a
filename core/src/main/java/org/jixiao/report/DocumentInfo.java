// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 标题与开头: the unit's own title, document type and opening, where it has them. Absent parts come
 * from the outline: its title (ending in the document type's label when one is given) and, where the
 * outline has one, the standard opening formula.
 *
 * @param title the whole title, e.g. 荆门市民政局2022年度部门整体绩效自评报告 (optional)
 * @param documentType 自评报告 / 核查报告 / 评价报告 (optional)
 * @param opening the opening paragraphs before the first heading (optional)
 */
public record DocumentInfo(@Size(max = 200) String title, DocumentType documentType, List<@NotBlank String> opening) {
    public DocumentInfo {
        opening = Lists.copy(opening);
    }
}
