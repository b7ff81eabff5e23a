// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** A table cell; when its body renders no paragraph, {@code fallback} (an empty one) is written. */
public record Cell(byte[] open, Node[] body, byte[] fallback, byte[] close) implements Node {}
