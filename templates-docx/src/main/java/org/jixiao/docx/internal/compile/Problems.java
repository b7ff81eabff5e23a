// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/** The template problems the compiler and the lint report: stable codes and their messages. */
public final class Problems {
    private Problems() {}

    /**
     * Problem codes; each one's message, in Chinese and English, is under its code in the engine's
     * bundle ({@code org/jixiao/docx/internal/Messages.properties}), {@code {0}} the first argument.
     */
    public enum Code {
        PACKAGE_TOO_LARGE("template.package.too-large"),
        PACKAGE_UNREADABLE("template.package.unreadable"),
        PART_UNREADABLE("template.part.unreadable"),
        PLACEHOLDER_UNTERMINATED("template.placeholder.unterminated"),
        PLACEHOLDER_EMPTY("template.placeholder.empty"),
        PLACEHOLDER_MALFORMED("template.placeholder.malformed"),
        PLACEHOLDER_INTERRUPTED("template.placeholder.interrupted"),
        PLACEHOLDER_UNSUPPORTED_PLACE("template.placeholder.unsupported-place"),
        PLACEHOLDER_TRACKED("template.placeholder.tracked-change"),
        FULL_WIDTH_BRACES("template.placeholder.full-width-braces"),
        COMMENTS_REMOVED("template.comments.removed"),
        FORMATTER_UNKNOWN("template.formatter.unknown"),
        FORMATTER_MULTIPLE("template.formatter.multiple"),
        LINK_IN_HYPERLINK("template.placeholder.link-in-hyperlink"),
        SECTION_UNCLOSED("template.section.unclosed"),
        SECTION_UNOPENED("template.section.unopened"),
        SECTION_MISMATCHED("template.section.mismatched"),
        SECTION_CROSSES("template.section.crosses-boundary"),
        ROW_SECTION_SPANS_ROWS("template.row-section.spans-rows"),
        NUMBER_OUTSIDE_LOOP("template.number.outside-loop"),
        ITEM_OUTSIDE_LOOP("template.item.outside-loop"),
        LOOP_TOO_DEEP("template.limit.loop-depth"),
        MERGE_OUTSIDE_ROW_LOOP("template.merge.outside-row-loop"),
        LINT_SCHEMA_INVALID("lint.schema.invalid"),
        LINT_UNKNOWN_PATH("lint.path.unknown"),
        LINT_NOT_A_LIST("lint.loop.not-a-list"),
        LINT_NOT_TEXT("lint.value.not-scalar"),
        LINT_FORMAT_TYPE("lint.formatter.wrong-type"),
        LINT_NOT_AN_OBJECT("lint.embed.not-an-object"),
        LINT_REQUIRED_NOT_PLACED("lint.required.not-placed");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /**
         * A problem with this code; {@code args} replace {@code {0}}, {@code {1}}, … in order. A
         * {@link #warns() warning} code makes a warning, every other an error.
         */
        public Problem at(String part, String location, String snippet, Object... args) {
            return warns()
                    ? TemplateProblems.warning(id, id, part, location, snippet, args)
                    : TemplateProblems.error(id, id, part, location, snippet, args);
        }

        /** Whether a problem with this code still lets the template be used. */
        public boolean warns() {
            return this == FULL_WIDTH_BRACES || this == COMMENTS_REMOVED || this == LINT_REQUIRED_NOT_PLACED;
        }
    }

    /** {@link Code#PART_UNREADABLE} for part {@code part}, which is not well-formed XML ({@code detail}). */
    public static Problem notWellFormed(String part, String detail) {
        return Code.PART_UNREADABLE.at(part, "", "", TemplateProblems.term("template.part.unreadable.not-xml", detail));
    }
}
