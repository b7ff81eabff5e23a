// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 章节: one section of an outline. Its level is its depth in the outline (top-level sections are
 * level 1, printed 一、 by default); its number is derived when rendering, so leaving a section out
 * renumbers the ones after it.
 *
 * @param id stable identifier, unique in the outline, e.g. {@code profile.functions}; a report gives
 *     its own text for the section, or a heading of its own, under this id
 * @param heading the heading without its number, e.g. {@code 单位基本情况}
 * @param required whether a report must fill the section (null means optional); an optional section
 *     that ends up empty prints nothing, not even its heading
 * @param content what the section prints from the report's facts, in order (may be empty)
 * @param items how the section's numbered items look (null means {@link ItemLook#BODY})
 * @param sections the sub-sections, one level down
 */
public record OutlineSection(
        String id,
        String heading,
        Boolean required,
        List<Content> content,
        ItemLook items,
        List<OutlineSection> sections) {

    public OutlineSection {
        content = copy(content);
        sections = copy(sections);
    }

    /** Whether a report must fill this section. */
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** How the section's items look; {@link ItemLook#BODY} when not given. */
    public ItemLook itemLook() {
        return items == null ? ItemLook.BODY : items;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
