// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** A table row ({@code w:tr}), counted so that a table left without rows is dropped. */
public record Row(Node[] body) implements Node {}
