// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** A whole paragraph ({@code w:p}), counted so that a table cell never ends up without one. */
public record Para(Node[] body) implements Node {}
