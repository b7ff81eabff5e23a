// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.zip.Deflated;

/** One entry of the output package, in output order: static bytes or a plan to render. */
public sealed interface OutPart {
    String name();

    /** A part copied from the template, deflated once at compile time. */
    record Static(String name, Deflated bytes) implements OutPart {}

    /** A templated part; {@code estimate} is the size of its static XML, to size buffers. */
    record Templated(String name, PartPlan plan, int estimate) implements OutPart {}
}
