// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.util.HashMap;
import java.util.Map;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * The namespace prefixes in scope while a part is read, and the first prefix the part gives each
 * namespace, so that messages can name elements as the part writes them. One per part.
 */
final class Prefixes {
    /** The prefixes Word writes for the namespaces a message most often names. */
    private static final Map<String, String> USUAL = Map.ofEntries(
            Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", "a"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/math", "m"),
            Map.entry("http://schemas.openxmlformats.org/schemaLibrary/2006/main", "sl"),
            Map.entry(Compatibility.MC, "mc"),
            Map.entry("urn:schemas-microsoft-com:vml", "v"),
            Map.entry("urn:schemas-microsoft-com:office:office", "o"),
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"));

    private final NamespaceSupport scopes = new NamespaceSupport();
    private final Map<String, String> first = new HashMap<>();
    /** Whether the next element's context was opened by a prefix declaration before it. */
    private boolean opened;

    /** A declaration, which SAX reports before the start of the element carrying it. */
    void declare(String prefix, String uri) {
        if (!opened) {
            scopes.pushContext();
            opened = true;
        }
        scopes.declarePrefix(prefix, uri);
        first.putIfAbsent(uri, prefix);
    }

    void startElement() {
        if (!opened) {
            scopes.pushContext();
        }
        opened = false;
    }

    void endElement() {
        scopes.popContext();
    }

    /** The namespace {@code prefix} stands for here, or null when it is not declared. */
    String uri(String prefix) {
        return scopes.getURI(prefix);
    }

    /**
     * {@code message} with each {@code "namespace":} the validator writes replaced by the part's own
     * prefix, or for a namespace the part does not declare (an element the schema expects) by its
     * usual prefix.
     */
    String readable(String message) {
        String out = message;
        for (Map.Entry<String, String> e : first.entrySet()) {
            out = out.replace("\"" + e.getKey() + "\":", e.getValue().isEmpty() ? "" : e.getValue() + ":");
        }
        for (Map.Entry<String, String> e : USUAL.entrySet()) {
            out = out.replace("\"" + e.getKey() + "\":", e.getValue() + ":");
        }
        return out;
    }
}
