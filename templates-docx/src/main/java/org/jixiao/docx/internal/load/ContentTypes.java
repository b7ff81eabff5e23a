// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.util.Map;

/**
 * A package's {@code [Content_Types].xml}; extensions and part names compared without regard to case,
 * as OPC compares them.
 *
 * @param defaults lower-case extension → content type, lower-case
 * @param overrides lower-case part name without the leading slash → content type, lower-case
 */
public record ContentTypes(Map<String, String> defaults, Map<String, String> overrides) {
    /** A package without content types. */
    public static final ContentTypes NONE = new ContentTypes(Map.of(), Map.of());

    public ContentTypes {
        defaults = Map.copyOf(defaults);
        overrides = Map.copyOf(overrides);
    }

    /** The content type of part {@code name} (its override, else its extension's default), lower-case; "" when none. */
    public String of(String name) {
        String k = DocxPackage.key(name);
        String type = overrides.get(k);
        if (type == null) {
            int slash = k.lastIndexOf('/');
            int dot = k.lastIndexOf('.');
            type = dot > slash ? defaults.get(k.substring(dot + 1)) : null;
        }
        return type == null ? "" : type.split(";", 2)[0].strip();
    }

    /** Whether part {@code name} has an XML content type. */
    public boolean isXml(String name) {
        String media = of(name);
        return media.endsWith("+xml") || media.equals("application/xml") || media.equals("text/xml");
    }
}
