// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * {@code {{path|image}}}: an image value written as an inline picture ({@code w:drawing}) inside the
 * run that held the placeholder, with a new media part and relationship.
 *
 * @param w the part's WordprocessingML prefix with its colon, e.g. {@code w:}
 * @param maxWidthEmu the text width of the page in EMU: a wider picture is scaled down to it
 */
public record Picture(Path path, String w, long maxWidthEmu, Loc loc) implements Node {}
