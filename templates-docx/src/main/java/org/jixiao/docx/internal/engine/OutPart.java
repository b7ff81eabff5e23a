// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import org.jixiao.docx.internal.plan.PartPlan;

/** One entry of the output package, in output order: static bytes or a plan to render. */
public sealed interface OutPart {
    String name();

    /**
     * Bytes copied from the template.
     *
     * @param store whether to store rather than deflate (already compressed media)
     * @param crc the CRC-32 of {@code bytes}, used when stored
     */
    record Static(String name, byte[] bytes, boolean store, long crc) implements OutPart {}

    /** A templated part; {@code estimate} is the size of its static XML, to size buffers. */
    record Templated(String name, PartPlan plan, int estimate) implements OutPart {}
}
