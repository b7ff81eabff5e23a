// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * The {@code id} of a drawing's {@code wp:docPr}, renumbered in output order so that drawings
 * repeated by a loop never share one (Word reports such files as unreadable).
 */
public record DocPrId() implements Node {
    public static final DocPrId INSTANCE = new DocPrId();
}
