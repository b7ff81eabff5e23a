// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Locale;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.xml.Ns;

/** {@code [Content_Types].xml}: a macro-enabled document or a VBA content type anywhere. */
final class ContentTypeCheck implements PartVisitor {
    private final String part;
    private final Findings out;

    ContentTypeCheck(String part, Findings out) {
        this.part = part;
        this.out = out;
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (!ns.equals(Ns.CT) || !(local.equals("Default") || local.equals("Override"))) {
            return;
        }
        String type = r.getAttributeValue(null, "ContentType");
        String key = local.equals("Default")
                ? r.getAttributeValue(null, "Extension")
                : r.getAttributeValue(null, "PartName");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("macroenabled") || t.contains("vbaproject") || t.contains("vbadata")) {
            out.add(ActiveContent.macro(part, local + " " + key, type));
        }
    }
}
