// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.xml.Ns;

/** Finds where active content is used in a story: {@code w:altChunk}, {@code w:control}, {@code o:OLEObject}. */
final class ActiveElements implements PartVisitor {
    private final String part;
    private final Findings out;

    ActiveElements(String part, Findings out) {
        this.part = part;
        this.out = out;
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (ns.equals(Ns.W) && local.equals("altChunk")) {
            out.add(ActiveContent.altChunk(part, at.location(), "w:altChunk"));
        } else if (ns.equals(Ns.W) && local.equals("control")) {
            out.add(ActiveContent.activeX(part, at.location(), "w:control"));
        } else if (ns.equals(Ns.O) && local.equals("OLEObject")) {
            String progId = r.getAttributeValue(null, "ProgID");
            out.add(ActiveContent.ole(part, at.location(), progId == null ? "o:OLEObject" : "o:OLEObject " + progId));
        }
    }
}
