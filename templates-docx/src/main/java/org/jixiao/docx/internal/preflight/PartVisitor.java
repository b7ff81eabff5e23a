// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import javax.xml.stream.XMLStreamReader;

/** One check fed by {@link PartScan}'s single streaming pass over a part. */
interface PartVisitor {
    /** At a start tag; {@code ns} is canonical (strict mapped to transitional). */
    void start(String ns, String local, XMLStreamReader r, PartScan.Position at);

    default void text(String text) {}

    default void end(String ns, String local) {}

    /** After the last event, or after the part failed to parse: report what was found. */
    default void finish(Findings out) {}
}
