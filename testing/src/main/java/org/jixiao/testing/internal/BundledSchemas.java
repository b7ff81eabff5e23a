// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The schemas shipped under {@code org/jixiao/testing/schemas/}, compiled once into one
 * {@link Schema}. They are loaded by URL from the classpath (a directory or a jar), so each keeps
 * its system id and its relative imports resolve. Every import is served by {@link #resolve}: a
 * relative location to the bundled file it names, an import by namespace alone to the bundled
 * file of that namespace, and the Dublin Core URLs of the OPC core-properties schema to the
 * stand-ins under {@code dublin-core/}. Anything else fails the compilation, and the factory's
 * external access is off, so neither compiling nor validating reads anything but the bundle.
 * Thread-safe.
 */
final class BundledSchemas {
    private static final String ROOT = "/org/jixiao/testing/schemas/";
    /** Word's own extension vocabularies (w14, w15, w16…): see {@link #standard()}. */
    private static final String EXTENSIONS = "microsoft/";

    /** Every bundled schema, relative to the bundle's root; all are compiled. */
    static final List<String> FILES = List.of(
            "ISO-IEC29500-4_2016/wml.xsd",
            "ISO-IEC29500-4_2016/dml-main.xsd",
            "ISO-IEC29500-4_2016/dml-wordprocessingDrawing.xsd",
            "ISO-IEC29500-4_2016/dml-picture.xsd",
            "ISO-IEC29500-4_2016/dml-chart.xsd",
            "ISO-IEC29500-4_2016/dml-chartDrawing.xsd",
            "ISO-IEC29500-4_2016/dml-diagram.xsd",
            "ISO-IEC29500-4_2016/dml-lockedCanvas.xsd",
            "ISO-IEC29500-4_2016/vml-main.xsd",
            "ISO-IEC29500-4_2016/vml-officeDrawing.xsd",
            "ISO-IEC29500-4_2016/vml-wordprocessingDrawing.xsd",
            "ISO-IEC29500-4_2016/vml-presentationDrawing.xsd",
            "ISO-IEC29500-4_2016/vml-spreadsheetDrawing.xsd",
            "ISO-IEC29500-4_2016/shared-math.xsd",
            "ISO-IEC29500-4_2016/shared-commonSimpleTypes.xsd",
            "ISO-IEC29500-4_2016/shared-relationshipReference.xsd",
            "ISO-IEC29500-4_2016/shared-customXmlSchemaProperties.xsd",
            "ISO-IEC29500-4_2016/shared-customXmlDataProperties.xsd",
            "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd",
            "ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd",
            "ISO-IEC29500-4_2016/shared-documentPropertiesVariantTypes.xsd",
            "ISO-IEC29500-4_2016/shared-bibliography.xsd",
            "ISO-IEC29500-4_2016/shared-additionalCharacteristics.xsd",
            "ISO-IEC29500-4_2016/xml.xsd",
            "ecma/fouth-edition/opc-contentTypes.xsd",
            "ecma/fouth-edition/opc-relationships.xsd",
            "ecma/fouth-edition/opc-coreProperties.xsd",
            "dublin-core/dc.xsd",
            "dublin-core/dcterms.xsd",
            "mce/mc.xsd",
            "microsoft/wml-2012.xsd",
            "microsoft/wml-2018.xsd",
            "microsoft/wml-cex-2018.xsd",
            "microsoft/wml-cid-2016.xsd");

    /** The absolute locations opc-coreProperties.xsd imports, and the bundled stand-ins they resolve to. */
    private static final Map<String, String> DUBLIN_CORE = Map.of(
            "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd", "dublin-core/dc.xsd",
            "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd", "dublin-core/dcterms.xsd");

    private static final String STOP = "root element read";

    private static final BundledSchemas INSTANCE = new BundledSchemas();

    /** The URL of the bundle's root as a string, ending in {@code /}: every system id starts with it. */
    private final String base;
    /** Target namespace → file. */
    private final Map<String, String> byNamespace = new HashMap<>();

    private final Set<String> standard = new HashSet<>();
    private final Set<String> all = new HashSet<>();
    private volatile Schema schema;

    private BundledSchemas() {
        String first = FILES.get(0);
        String url = url(first).toString();
        base = url.substring(0, url.length() - first.length());
        for (String f : FILES) {
            String ns = targetNamespace(f);
            byNamespace.putIfAbsent(ns, f);
            all.add(ns);
            if (!f.startsWith(EXTENSIONS)) {
                standard.add(ns);
            }
        }
    }

    static BundledSchemas get() {
        return INSTANCE;
    }

    /**
     * The namespaces of ISO/IEC 29500 and its OPC part, the vocabulary a consumer of the standard
     * understands: markup of any other namespace that a part marks ignorable is dropped before
     * validation, as Word drops what it does not know.
     */
    Set<String> standard() {
        return standard;
    }

    /** Every namespace with a bundled schema, Word's extensions included: a part's root must be in one. */
    Set<String> all() {
        return all;
    }

    /** The compiled schemas, compiled on first use, once per JVM; thread-safe. */
    Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = compile();
                    schema = s;
                }
            }
        }
        return s;
    }

    private Schema compile() {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        List<InputStream> open = new ArrayList<>();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setResourceResolver(
                    (type, namespace, publicId, systemId, baseUri) -> resolve(namespace, systemId, baseUri));
            Source[] sources = new Source[FILES.size()];
            for (int i = 0; i < sources.length; i++) {
                InputStream in = stream(FILES.get(i));
                open.add(in);
                sources[i] = new StreamSource(in, systemId(FILES.get(i)));
            }
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled schemas do not compile: " + e.getMessage(), e);
        } finally {
            for (InputStream in : open) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read fully by now; nothing to recover
                }
            }
        }
    }

    /** The bundled file an import names, as an input with its system id; throws for anything else. */
    BundledInput resolve(String namespace, String systemId, String baseUri) {
        String file;
        if (systemId == null) {
            file = byNamespace.get(namespace);
        } else if (DUBLIN_CORE.containsKey(systemId)) {
            file = DUBLIN_CORE.get(systemId);
        } else if (baseUri != null && baseUri.startsWith(base) && !systemId.contains(":")) {
            file = relative(baseUri.substring(base.length()), systemId);
        } else {
            file = null;
        }
        if (file == null || !FILES.contains(file)) {
            throw new IllegalStateException("a schema import outside the bundled schemas: namespace " + namespace
                    + ", location " + systemId + ", from " + baseUri);
        }
        return new BundledInput(stream(file), systemId(file));
    }

    /** The system id of bundled file {@code file}: its classpath URL. */
    String systemId(String file) {
        return base + file;
    }

    /** {@code location} resolved against the folder of {@code from}, both relative to the bundle's root. */
    static String relative(String from, String location) {
        Deque<String> path = new ArrayDeque<>();
        String[] dir = from.split("/");
        for (int i = 0; i < dir.length - 1; i++) {
            path.addLast(dir[i]);
        }
        for (String s : location.split("/")) {
            if (s.equals("..")) {
                if (path.isEmpty()) {
                    return null;
                }
                path.removeLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                path.addLast(s);
            }
        }
        return String.join("/", path);
    }

    /** The {@code targetNamespace} of a bundled schema, read from its root element only. */
    private static String targetNamespace(String file) {
        String[] found = new String[1];
        XMLReader r = SecureSax.reader();
        r.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
                found[0] = atts.getValue("targetNamespace");
                throw new SAXException(STOP);
            }
        });
        try (InputStream in = stream(file)) {
            r.parse(new InputSource(in));
        } catch (SAXException e) {
            if (!STOP.equals(e.getMessage())) {
                throw new IllegalStateException("bundled schema " + file + " does not parse: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found[0] == null) {
            throw new IllegalStateException("bundled schema " + file + " has no target namespace");
        }
        return found[0];
    }

    private static URL url(String file) {
        URL u = BundledSchemas.class.getResource(ROOT + file);
        if (u == null) {
            throw new IllegalStateException("missing resource " + ROOT + file);
        }
        return u;
    }

    private static InputStream stream(String file) {
        try {
            return url(file).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
