// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.testing.SchemaProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The entries of a .docx and their content types, as {@code [Content_Types].xml} declares them.
 * Reading stops with a problem on a broken zip or one larger than {@link #MAX_BYTES} unpacked.
 */
public final class PackageParts {
    public static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Problems about the package as a whole name this part. */
    public static final String PACKAGE = "/";
    /** At most this many bytes are unpacked: far above any real document, far below a zip bomb. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Map<String, byte[]> entries;
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private PackageParts(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** The parts of {@code docx}; problems reading it are added to {@code problems}. */
    public static PackageParts read(byte[] docx, List<SchemaProblem> problems) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] b = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += b.length;
                if (total > MAX_BYTES) {
                    problems.add(new SchemaProblem(PACKAGE, 0, 0, "", "more than " + MAX_BYTES + " bytes unpacked"));
                    break;
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.put(e.getName(), b) != null) {
                    problems.add(new SchemaProblem(e.getName(), 0, 0, "", "the zip holds this entry twice"));
                }
            }
        } catch (IOException e) {
            problems.add(new SchemaProblem(PACKAGE, 0, 0, "", "not a readable zip: " + e.getMessage()));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new SchemaProblem(PACKAGE, 0, 0, "", "not a zip, or an empty one"));
        }
        PackageParts parts = new PackageParts(entries);
        byte[] types = entries.get(CONTENT_TYPES);
        if (types == null && !entries.isEmpty()) {
            problems.add(new SchemaProblem(CONTENT_TYPES, 0, 0, "", "missing: every package needs one"));
        } else if (types != null) {
            parts.readContentTypes(types);
        }
        return parts;
    }

    /** Entry name → bytes, in zip order. */
    public Map<String, byte[]> entries() {
        return entries;
    }

    /** The content type of entry {@code name}, or null when none is declared. */
    public String contentType(String name) {
        String o = overrides.get("/" + name.toLowerCase(Locale.ROOT));
        if (o != null) {
            return o;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether entry {@code name} holds XML: by its content type, or by its extension when it has none. */
    public boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(CONTENT_TYPES) || lower.endsWith(".xml") || lower.endsWith(".rels")) {
            return true;
        }
        String type = contentType(name);
        return type != null && (type.endsWith("+xml") || isGenericXml(type));
    }

    /** Whether entry {@code name} is declared as plain XML (custom XML data, any vocabulary), or not declared. */
    public boolean isFreeForm(String name) {
        String type = contentType(name);
        return !name.equals(CONTENT_TYPES) && (type == null || isGenericXml(type));
    }

    private static boolean isGenericXml(String type) {
        return type.equals("application/xml") || type.equals("text/xml");
    }

    /** Reads the Default and Override declarations; a broken part is left to its own validation. */
    private void readContentTypes(byte[] xml) {
        XMLReader r = SecureSax.reader();
        r.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                String type = atts.getValue("ContentType");
                if (type == null) {
                    return;
                }
                if (local.equals("Default") && atts.getValue("Extension") != null) {
                    defaults.put(atts.getValue("Extension").toLowerCase(Locale.ROOT), type);
                } else if (local.equals("Override") && atts.getValue("PartName") != null) {
                    overrides.put(atts.getValue("PartName").toLowerCase(Locale.ROOT), type);
                }
            }
        });
        try {
            r.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            // the part's own validation reports it
        }
    }
}
