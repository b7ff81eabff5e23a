// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * A loop or condition over {@code body}.
 *
 * @param mergeColumns for a loop over table rows, how many cells per row carry a merge key
 */
public record Section(SectionKind kind, Path path, Node[] body, int mergeColumns, Loc loc) implements Node {}
