// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * Parses a part into the one XML tree the engine uses, {@link XmlElem}, with {@link SecureXml} (the
 * JDK's own StAX parser, DTDs refused). Prefixes and namespace declarations are kept as written, so
 * writing the tree back reproduces the part; element and attribute namespaces are
 * {@linkplain Ns#canonical canonical} (strict mapped to transitional), so every reader compares against
 * one set of names. A DOCTYPE or an entity reference is an error. Comments and processing instructions
 * are dropped, so no producer's version comment ever reaches the output. Elements nest at most 256 deep.
 */
public final class TreeReader {
    private static final int MAX_DEPTH = 256;

    private TreeReader() {}

    /** Parses {@code xml}; throws {@link XMLStreamException} on anything not well-formed or unsafe. */
    public static XmlElem parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        try {
            return read(r);
        } finally {
            close(r);
        }
    }

    /** Parses {@code xml}; a refusal says why ({@link XmlReadException#kind()}) and where. */
    public static XmlElem read(byte[] xml) throws XmlReadException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            return read(r);
        } catch (XmlEncodingException e) {
            throw XmlReadException.of(e);
        } catch (Refused e) {
            throw new XmlReadException(e.kind, e.line, e.column, null);
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

    private static XmlElem read(XMLStreamReader r) throws XMLStreamException {
        Deque<XmlElem> stack = new ArrayDeque<>();
        XmlElem root = null;
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new Refused(
                                XmlReadException.Kind.TOO_DEEP, r, "elements nested deeper than " + MAX_DEPTH);
                    }
                    XmlElem e = start(r);
                    if (stack.isEmpty()) {
                        root = e;
                    } else {
                        stack.peek().children.add(e);
                    }
                    stack.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        text(stack.peek(), r.getText());
                    }
                }
                case XMLStreamConstants.DTD -> throw new Refused(
                        XmlReadException.Kind.DOCTYPE, r, "DOCTYPE is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused(
                        XmlReadException.Kind.MALFORMED,
                        r,
                        "entity reference &" + r.getLocalName() + "; is not allowed");
                default -> {} // comments, processing instructions, document start and end
            }
        }
        if (root == null) {
            throw new Refused(XmlReadException.Kind.MALFORMED, r, "no root element");
        }
        return root;
    }

    private static void text(XmlElem parent, String s) {
        List<XmlNode> ch = parent.children;
        if (!ch.isEmpty() && ch.get(ch.size() - 1) instanceof XmlText t) {
            t.text += s;
        } else {
            ch.add(new XmlText(s));
        }
    }

    private static XmlElem start(XMLStreamReader r) {
        List<XmlAttr> attrs = new ArrayList<>();
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            String uri = r.getNamespaceURI(i);
            String q = p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p;
            attrs.add(new XmlAttr(q, "", q, uri == null ? "" : uri));
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String p = r.getAttributePrefix(i);
            String local = r.getAttributeLocalName(i);
            attrs.add(new XmlAttr(
                    qname(p, local), Ns.canonical(r.getAttributeNamespace(i)), local, r.getAttributeValue(i)));
        }
        return new XmlElem(
                qname(r.getPrefix(), r.getLocalName()), Ns.canonical(r.getNamespaceURI()), r.getLocalName(), attrs);
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader over a byte array frees nothing that matters.
            }
        }
    }

    /** A part this reader refuses although the parser would go on: a DOCTYPE, an entity reference, too deep. */
    private static final class Refused extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        private final transient XmlReadException.Kind kind;
        private final int line;
        private final int column;

        Refused(XmlReadException.Kind kind, XMLStreamReader r, String message) {
            super(message);
            this.kind = kind;
            Location loc = r.getLocation();
            this.line = loc == null ? 0 : loc.getLineNumber();
            this.column = loc == null ? 0 : loc.getColumnNumber();
        }
    }
}
