// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * A paragraph whose only placeholder is {@code value}: a list value repeats the paragraph once per
 * item (none for an empty list), any other value fills it once.
 */
public record ListPara(byte[] before, Value value, byte[] after) implements Node {}
