// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jixiao.validation.constraints.ItemNesting;

/**
 * 条目: one numbered item of narrative — a title, its paragraphs and its own sub-items. The item's
 * number (1. （1） ① …) is derived from its position when rendering, never stored.
 *
 * @param title the item's first sentence or heading, without any number
 * @param paragraphs the paragraphs that follow the title
 * @param subItems items one numbering level down; they have no sub-items of their own (two levels at most)
 */
@ItemNesting
public record Item(@NotBlank String title, List<@NotBlank String> paragraphs, List<@NotNull @Valid Item> subItems) {

    public Item {
        paragraphs = Lists.copy(paragraphs);
        subItems = Lists.copy(subItems);
    }

    /** An item with a title only. */
    public static Item of(String title) {
        return new Item(title, List.of(), List.of());
    }
}
