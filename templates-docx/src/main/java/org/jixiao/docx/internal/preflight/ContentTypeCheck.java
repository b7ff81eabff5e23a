// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.load.ContentTypes;
import org.jixiao.docx.internal.xml.Ns;

/**
 * {@code [Content_Types].xml}: a macro-enabled document or a VBA content type anywhere. Also keeps the
 * content types ({@link #types()}), which tell which parts Word reads as XML and what each part must hold.
 */
final class ContentTypeCheck implements PartVisitor {
    private final String part;
    private final Findings out;
    /** Lower-case extension → content type. */
    private final Map<String, String> defaults = new HashMap<>();
    /** Lower-case part name, without the leading slash → content type. */
    private final Map<String, String> overrides = new HashMap<>();

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
        if (key != null) {
            String k = EntryNames.key(key);
            if (local.equals("Default")) {
                defaults.putIfAbsent(k, t);
            } else {
                overrides.putIfAbsent(k.startsWith("/") ? k.substring(1) : k, t);
            }
        }
    }

    /** The content types read so far. */
    ContentTypes types() {
        return new ContentTypes(defaults, overrides);
    }
}
