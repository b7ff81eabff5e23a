// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * {@code {{path|link}}}: a link value written as a hyperlink ({@code w:hyperlink} with an external
 * relationship) holding one run with the placeholder's formatting. The placeholder's run is closed
 * before the hyperlink and reopened after it.
 *
 * @param runClose the end tag of the placeholder's run
 * @param runOpen the start tag and properties of the placeholder's run
 * @param w the part's WordprocessingML prefix with its colon, e.g. {@code w:}
 */
public record Hyperlink(Path path, byte[] runClose, byte[] runOpen, String w, Tags tags, Loc loc) implements Node {}
