// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * A container that must end with a paragraph (a table cell, a header, a footer): when its body
 * renders none last, {@code fallback} (an empty one) is written before {@code close}.
 */
public record Cell(byte[] open, Node[] body, byte[] fallback, byte[] close) implements Node {}
