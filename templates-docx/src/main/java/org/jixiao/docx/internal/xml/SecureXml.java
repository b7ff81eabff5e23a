// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way jixiao opens XML it did not write: the JDK's own StAX parser (never whatever a
 * service loader finds on the classpath), DTDs unsupported, external entities off and any
 * resolver call refused. A DOCTYPE shows up as a {@code DTD} event, which callers reject.
 * Thread-safe: each call makes its own factory.
 */
public final class SecureXml {
    private SecureXml() {}

    /** A namespace-aware, coalescing reader over {@code xml}; encoding detected from BOM/declaration. */
    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }
}
