// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 增加的章节: a section the outline does not have, placed by the unit: right after the section
 * {@code after} (at its level), or as the last sub-section of {@code under}. Exactly one of the two
 * is given; both name a section of the outline or an extra section with an {@code id} listed before.
 *
 * @param id an id of its own, so that later extra sections can be placed after or under it (optional)
 * @param after the section it follows
 * @param under the section it ends
 * @param heading the heading, without its number
 * @param paragraphs plain paragraphs
 * @param items numbered items
 * @param tables tables
 */
public record ExtraSection(
        String id,
        String after,
        String under,
        @NotBlank @Size(max = 200) String heading,
        List<@NotBlank String> paragraphs,
        List<@NotNull @Valid Item> items,
        List<@NotNull @Valid Table> tables) {
    public ExtraSection {
        paragraphs = Lists.copy(paragraphs);
        items = Lists.copy(items);
        tables = Lists.copy(tables);
    }

    /** The section's text as a {@link SectionText}. */
    public SectionText text() {
        return new SectionText(null, paragraphs, items, tables);
    }
}
