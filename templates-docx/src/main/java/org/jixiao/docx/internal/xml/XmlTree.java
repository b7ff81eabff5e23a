// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Builds an {@link XElement} tree with {@link SecureXml}: no DTD, bounded depth, no recursion. */
public final class XmlTree {
    private XmlTree() {}

    /**
     * Parses a whole part.
     *
     * @param maxDepth deepest element nesting accepted (the root is depth 1)
     * @throws XmlReadException on a DOCTYPE, ill-formed XML or nesting deeper than {@code maxDepth}
     */
    public static XElement parse(byte[] xml, int maxDepth) throws XmlReadException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            Deque<XElement> stack = new ArrayDeque<>();
            XElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw fail(XmlReadException.Kind.DOCTYPE, r, null);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= maxDepth) {
                            throw fail(XmlReadException.Kind.TOO_DEEP, r, null);
                        }
                        XElement e = new XElement(Ns.canonical(r.getNamespaceURI()), r.getLocalName(), attrs(r));
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().add(e);
                        }
                        stack.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().add(r.getText());
                        }
                    }
                    default -> {
                        /* comments, PIs, document start/end carry nothing we show */
                    }
                }
            }
            if (root == null) {
                throw new XmlReadException(XmlReadException.Kind.MALFORMED, 0, 0, null);
            }
            return root;
        } catch (XmlEncodingException e) {
            throw XmlReadException.of(e);
        } catch (XMLStreamException | RuntimeException e) {
            // The JDK parser reports some malformations as unchecked exceptions.
            Location loc = e instanceof XMLStreamException x ? x.getLocation() : null;
            throw new XmlReadException(
                    XmlReadException.Kind.MALFORMED,
                    loc == null ? 0 : loc.getLineNumber(),
                    loc == null ? 0 : loc.getColumnNumber(),
                    e);
        } finally {
            close(r);
        }
    }

    private static List<String[]> attrs(XMLStreamReader r) {
        int n = r.getAttributeCount();
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new String[] {
                Ns.canonical(r.getAttributeNamespace(i)), r.getAttributeLocalName(i), r.getAttributeValue(i)
            });
        }
        return out;
    }

    private static XmlReadException fail(XmlReadException.Kind kind, XMLStreamReader r, Throwable cause) {
        Location loc = r.getLocation();
        return new XmlReadException(
                kind, loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(), cause);
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader over a byte array frees nothing that matters.
            }
        }
    }
}
