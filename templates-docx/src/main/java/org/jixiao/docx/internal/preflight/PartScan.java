// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.SecureXml;
import org.jixiao.docx.internal.xml.XmlEncodingException;
import org.jixiao.docx.internal.xml.XmlReadException;

/**
 * One streaming pass over an XML part with {@link SecureXml}: rejects a DOCTYPE (raw byte scan first,
 * then the parser's DTD event, before any declaration is used), reports ill-formed XML, and feeds
 * every element to the visitors. Memory: the parser's buffers plus what the visitors keep.
 */
final class PartScan {
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /** Where the scan is: the 1-based number of the current (or last) {@code w:p} in the part. */
    static final class Position {
        private int paragraph;

        /** {@code paragraph N}, or "" before the first paragraph. */
        String location() {
            return paragraph == 0 ? "" : "paragraph " + paragraph;
        }
    }

    private PartScan() {}

    /**
     * @param strict report ill-formed XML and encodings other than UTF-8 and UTF-16 with a byte-order
     *     mark (for parts Word reads as XML: named {@code .xml} or {@code .rels}, or of an XML content type;
     *     other entries that merely look like XML are only checked for a DOCTYPE)
     */
    static void scan(String part, byte[] xml, boolean strict, List<PartVisitor> visitors, Findings out) {
        int raw = indexOf(xml, DOCTYPE);
        if (raw >= 0) {
            out.add(PartProblems.doctype(part, rawWhere(xml, raw)));
            return;
        }
        Position at = new Position();
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.DTD -> {
                        out.add(PartProblems.doctype(part, where(r.getLocation())));
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String ns = Ns.canonical(r.getNamespaceURI());
                        if (ns.equals(Ns.W) && r.getLocalName().equals("p")) {
                            at.paragraph++;
                        }
                        for (PartVisitor v : visitors) {
                            v.start(ns, r.getLocalName(), r, at);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String ns = Ns.canonical(r.getNamespaceURI());
                        for (PartVisitor v : visitors) {
                            v.end(ns, r.getLocalName());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        String text = r.getText();
                        for (PartVisitor v : visitors) {
                            v.text(text);
                        }
                    }
                    default -> {
                        /* comments, processing instructions */
                    }
                }
            }
            visitors.forEach(v -> v.finish(out));
        } catch (XmlEncodingException e) {
            // A part Word does not read as XML in this encoding: nothing in it was seen.
            if (strict) {
                out.add(PartProblems.encoding(part, e));
            }
        } catch (XMLStreamException | RuntimeException e) {
            visitors.forEach(v -> v.finish(out));
            if (strict) {
                Location loc = e instanceof XMLStreamException x ? x.getLocation() : null;
                out.add(PartProblems.of(
                        part,
                        new XmlReadException(
                                XmlReadException.Kind.MALFORMED,
                                loc == null ? 0 : loc.getLineNumber(),
                                loc == null ? 0 : loc.getColumnNumber(),
                                e)));
            }
        } finally {
            close(r);
        }
    }

    private static String where(Location loc) {
        return loc == null || loc.getLineNumber() <= 0
                ? ""
                : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    }

    /** Line and (byte) column of a raw offset. */
    private static String rawWhere(byte[] xml, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (xml[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release for an in-memory source.
            }
        }
    }
}
