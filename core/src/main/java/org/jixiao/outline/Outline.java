// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.format.NumberingStyle;

/**
 * 参考提纲: the structure a finance bureau prescribes for the report — its sections in order, with
 * headings, levels, what is required and what fills each — plus the cover, the opening and the
 * attachments. Read from a JSON file by {@link Outlines#read(java.io.InputStream)}, which checks it.
 *
 * @param id stable identifier a report names, e.g. {@code guangdong-district}
 * @param name what the outline is, in Chinese, e.g. {@code 广东省区县级部门整体支出绩效自评报告}
 * @param region where it is prescribed, e.g. {@code 广东}
 * @param source the notice or published report the outline follows
 * @param title the document's title unless the report gives its own, e.g. {@code 整体绩效自评报告}
 * @param numbering the numbering of heading levels, outermost first, as labels of
 *     {@link NumberingStyle} ({@code 一、}, {@code （一）}, {@code 1.}, …); empty means the GB/T 9704
 *     order 一、（一）1.（1）①A.
 * @param standardOpening whether, when the report gives no opening of its own, the standard opening
 *     formula (根据《通知》（文号）要求，……) is printed (null means no)
 * @param cover the cover lines under the title, in order (empty: title only)
 * @param sections the top-level sections, in order
 * @param attachmentListAfter id of the section after which the attachment list (附件：1.…) is
 *     printed; null means at the end of the text
 * @param attachments the attachments the outline prescribes, in order; each is printed when the
 *     report has its data
 */
public record Outline(
        String id,
        String name,
        String region,
        String source,
        String title,
        List<String> numbering,
        Boolean standardOpening,
        List<CoverLine> cover,
        List<OutlineSection> sections,
        String attachmentListAfter,
        List<Attachment> attachments) {

    private static final List<NumberingStyle> GB_T_9704 = List.of(
            NumberingStyle.CHINESE_COMMA,
            NumberingStyle.CHINESE_PAREN,
            NumberingStyle.ARABIC_DOT,
            NumberingStyle.ARABIC_PAREN,
            NumberingStyle.CIRCLED,
            NumberingStyle.LATIN_DOT);

    public Outline {
        numbering = OutlineSection.copy(numbering);
        cover = OutlineSection.copy(cover);
        sections = OutlineSection.copy(sections);
        attachments = OutlineSection.copy(attachments);
    }

    /**
     * The numbering of heading or item level {@code level} (1 = top level). Levels deeper than the
     * outline names continue with the GB/T 9704 order, and after its last level (A.) repeat it.
     */
    public NumberingStyle numberingStyle(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1, was " + level);
        }
        if (level <= numbering.size()) {
            return NumberingStyle.byLabel(numbering.get(level - 1)).orElseThrow();
        }
        return GB_T_9704.get(Math.min(level, GB_T_9704.size()) - 1);
    }

    /** Whether the standard opening formula is printed when the report has no opening of its own. */
    public boolean hasStandardOpening() {
        return Boolean.TRUE.equals(standardOpening);
    }

    /** Every section, depth first in document order. */
    public List<OutlineSection> allSections() {
        List<OutlineSection> all = new ArrayList<>();
        collect(sections, all);
        return all;
    }

    private static void collect(List<OutlineSection> sections, List<OutlineSection> into) {
        for (OutlineSection s : sections) {
            into.add(s);
            collect(s.sections(), into);
        }
    }

    /** The section with this id, if the outline has one. */
    public Optional<OutlineSection> section(String sectionId) {
        return allSections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The level of the section with this id (1 = top level), or 0 when the outline has none. */
    public int levelOf(String sectionId) {
        return levelOf(sections, sectionId, 1);
    }

    private static int levelOf(List<OutlineSection> sections, String id, int level) {
        for (OutlineSection s : sections) {
            if (s.id().equals(id)) {
                return level;
            }
            int below = levelOf(s.sections(), id, level + 1);
            if (below > 0) {
                return below;
            }
        }
        return 0;
    }
}
