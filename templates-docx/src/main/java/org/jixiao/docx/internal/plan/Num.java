// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

import org.jixiao.format.NumberingStyle;

/** {@code {{@n|style}}}: the 1-based number of the innermost loop's current item, as text. */
public record Num(NumberingStyle style, Tags tags, Loc loc) implements Node {}
