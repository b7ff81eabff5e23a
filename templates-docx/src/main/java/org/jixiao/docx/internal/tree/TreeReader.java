// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.xml.SecureXml;

/**
 * Parses a part into a mutable {@link XmlElem} tree that keeps prefixes and namespace declarations
 * as written, with {@link SecureXml} (the JDK's own StAX parser, DTDs refused). A DOCTYPE or an
 * entity reference is an error. Comments and processing instructions are dropped, so no producer's
 * version comment ever reaches the output.
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
            r.close();
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
                        throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH);
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
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "entity reference &" + r.getLocalName() + "; is not allowed");
                default -> {} // comments, processing instructions, document start and end
            }
        }
        if (root == null) {
            throw new XMLStreamException("no root element");
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
            String ns = r.getAttributeNamespace(i);
            attrs.add(new XmlAttr(qname(p, local), ns == null ? "" : ns, local, r.getAttributeValue(i)));
        }
        String ns = r.getNamespaceURI();
        return new XmlElem(qname(r.getPrefix(), r.getLocalName()), ns == null ? "" : ns, r.getLocalName(), attrs);
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
