// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 章节正文: the unit's own words for a section of its outline — a heading of its own, and text printed
 * after what the outline computes for the section. Paragraphs stay paragraphs; only items are
 * numbered (one level below the section).
 *
 * @param heading the heading to print instead of the outline's, without its number (optional)
 * @param paragraphs plain paragraphs
 * @param items numbered items
 * @param tables tables, after the paragraphs and items
 */
public record SectionText(
        @Size(max = 200) String heading,
        List<@NotBlank String> paragraphs,
        List<@NotNull @Valid Item> items,
        List<@NotNull @Valid Table> tables) {
    public SectionText {
        paragraphs = Lists.copy(paragraphs);
        items = Lists.copy(items);
        tables = Lists.copy(tables);
    }

    /** Whether there is any text to print (a heading alone is not text). */
    public boolean hasText() {
        return !paragraphs.isEmpty() || !items.isEmpty() || !tables.isEmpty();
    }
}
