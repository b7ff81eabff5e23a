// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** A table; dropped from the output when none of its rows render (an empty row loop). */
public record Table(Node[] body) implements Node {}
