// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * {@code {{path|format}}}: a value written as run content ({@code w:t}, {@code w:tab}, {@code w:br})
 * inside the run that held the placeholder, so it keeps that run's formatting.
 *
 * @param format the text formatter, or null
 * @param style a numbering style applied to an integer value, or null
 * @param option the format or numbering style as written, empty when none
 * @param merge whether the value is a vertical-merge key of its table cell
 */
public record Value(
        Path path, TextFormat format, NumberingStyle style, String option, boolean merge, Tags tags, Loc loc)
        implements Node {}
