// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: validation of a {@link org.jixiao.report.Report} before it is
 * rendered. {@link org.jixiao.validation.ReportValidator} is the one front door; it returns every
 * problem at once as a {@link org.jixiao.validation.ValidationResult}. {@link
 * org.jixiao.validation.ReportFixer} corrects the problems of the text that are mechanical. Nothing
 * in this package accepts null; {@link org.jixiao.validation.Problem#value()} and {@link
 * org.jixiao.validation.Problem#suggestion()} may be null.
 */
package org.jixiao.validation;
