// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.xml.Ns;

/**
 * {@code [Content_Types].xml}: a macro-enabled document or a VBA content type anywhere. Also keeps the
 * content types, to tell which parts Word and docx4j read as XML ({@link #isXml}); part names and
 * extensions are compared without regard to case, as OPC compares them.
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

    /** Whether {@code name}'s content type (its override, else its extension's default) is an XML one. */
    boolean isXml(String name) {
        String k = EntryNames.key(name);
        String type = overrides.get(k);
        if (type == null) {
            int slash = k.lastIndexOf('/');
            int dot = k.lastIndexOf('.');
            type = dot > slash ? defaults.get(k.substring(dot + 1)) : null;
        }
        if (type == null) {
            return false;
        }
        String media = type.split(";", 2)[0].strip();
        return media.endsWith("+xml") || media.equals("application/xml") || media.equals("text/xml");
    }
}
