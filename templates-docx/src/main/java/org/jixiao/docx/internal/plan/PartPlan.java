// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** The compiled plan of one templated part (document, header or footer). */
public record PartPlan(String name, Node[] nodes) {}
