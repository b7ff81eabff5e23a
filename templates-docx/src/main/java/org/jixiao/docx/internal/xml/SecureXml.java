// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way jixiao opens XML it did not write: the JDK's own StAX parser (never whatever a
 * service loader finds on the classpath), DTDs unsupported, external entities off and any
 * resolver call refused. A DOCTYPE shows up as a {@code DTD} event, which callers reject. The
 * parser is given characters, never bytes: {@link XmlEncoding} decodes them, refusing any encoding
 * but UTF-8 and UTF-16 with a byte-order mark, so the parser never prints a decoding error of its
 * own on stderr. Thread-safe: each call makes its own factory.
 */
public final class SecureXml {
    private SecureXml() {}

    /**
     * A namespace-aware, coalescing reader over {@code xml}.
     *
     * @throws XmlEncodingException when the bytes are not UTF-8 or UTF-16 with a byte-order mark
     */
    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f.createXMLStreamReader(XmlEncoding.reader(xml));
    }
}
