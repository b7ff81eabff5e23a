// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * A relationship the output leaves out (a local {@code attachedTemplate}), with the references to it.
 *
 * @param relsPart the relationships part that holds it, as named in the ZIP
 * @param sourcePart the part whose elements refer to it by {@code r:id}, as named in the ZIP
 * @param id the relationship's {@code Id}
 */
public record Detached(String relsPart, String sourcePart, String id) {}
