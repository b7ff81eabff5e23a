// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the 整体绩效自评报告 as a Word document. {@link org.jixiao.report.docx.Reports}
 * validates and renders a report, {@link org.jixiao.report.docx.OfficialTemplate} names the templates jixiao
 * ships. Nothing in this package accepts or returns null unless its Javadoc says so.
 */
package org.jixiao.report.docx;
