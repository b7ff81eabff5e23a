// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle: complete, nothing shipped unused, and no import leaves it. */
class BundledSchemasTest {
    private static final String WML = "ISO-IEC29500-4_2016/wml.xsd";

    @Test
    void everyShippedSchemaIsCompiledAndEveryCompiledOneIsShipped() throws IOException, URISyntaxException {
        Path root = Path.of(BundledSchemas.class
                        .getResource("/org/jixiao/testing/schemas/" + WML)
                        .toURI())
                .getParent()
                .getParent();
        Set<String> shipped;
        try (Stream<Path> files = Files.walk(root)) {
            shipped = files.filter(f -> f.toString().endsWith(".xsd"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(BundledSchemas.FILES), shipped);
        BundledSchemas.get().schema();
    }

    @Test
    void theStandardIsIsoIec29500AndWordsExtensionsOnlyRootTheirParts() {
        BundledSchemas b = BundledSchemas.get();
        assertTrue(b.standard().contains("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
        assertTrue(b.standard().contains("urn:schemas-microsoft-com:vml"));
        assertTrue(b.standard().contains("http://purl.org/dc/terms/"));
        assertFalse(b.standard().contains("http://schemas.microsoft.com/office/word/2012/wordml"));
        assertTrue(b.all().contains("http://schemas.microsoft.com/office/word/2012/wordml"));
    }

    @Test
    void relativeLocationsResolveInsideTheBundle() {
        assertEquals("mce/mc.xsd", BundledSchemas.relative(WML, "../mce/mc.xsd"));
        assertEquals("ISO-IEC29500-4_2016/dml-main.xsd", BundledSchemas.relative(WML, "./dml-main.xsd"));
        assertNull(BundledSchemas.relative(WML, "../../../../etc/passwd.xsd"));
    }

    @Test
    void importsOutsideTheBundleAreRefused() {
        BundledSchemas b = BundledSchemas.get();
        String from = b.systemId(WML);
        String ns = "urn:example";
        assertThrows(IllegalStateException.class, () -> b.resolve(ns, "http://example.org/evil.xsd", from));
        assertThrows(IllegalStateException.class, () -> b.resolve(ns, "file:///etc/passwd", from));
        assertThrows(IllegalStateException.class, () -> b.resolve(ns, "../../../../../etc/passwd", from));
        assertThrows(IllegalStateException.class, () -> b.resolve(ns, "mc.xsd", "file:/tmp/elsewhere.xsd"));
        assertThrows(IllegalStateException.class, () -> b.resolve(ns, null, from));
    }

    @Test
    void theDublinCoreImportsResolveToTheStandIns() {
        BundledSchemas b = BundledSchemas.get();
        String from = b.systemId("ecma/fouth-edition/opc-coreProperties.xsd");
        assertEquals(
                b.systemId("dublin-core/dcterms.xsd"),
                b.resolve(
                                "http://purl.org/dc/terms/",
                                "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd",
                                from)
                        .getSystemId());
        assertEquals(
                b.systemId("ISO-IEC29500-4_2016/xml.xsd"),
                b.resolve("http://www.w3.org/XML/1998/namespace", null, from).getSystemId());
    }
}
