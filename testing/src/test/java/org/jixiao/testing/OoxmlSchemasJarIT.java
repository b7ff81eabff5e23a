// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar on its own, as a team's test would use it: the schemas compile from inside the
 * jar ({@code jar:} system ids, relative imports such as {@code ../mce/mc.xsd}, the Dublin Core
 * stand-ins) and the check finds what it finds from the classes directory.
 */
class OoxmlSchemasJarIT {
    @Test
    void theSchemasLoadAndResolveInsideThePackagedJar() throws Exception {
        Path jar = Path.of(System.getProperty("jixiao.testing.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is built before integration tests");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            URL wml = loader.getResource("org/jixiao/testing/schemas/ISO-IEC29500-4_2016/wml.xsd");
            assertEquals("jar", wml.getProtocol(), wml.toString());
            Class<?> schemas = loader.loadClass(OoxmlSchemas.class.getName());
            assertEquals(loader, schemas.getClassLoader(), "the class comes from the jar, not from target/classes");
            Method check = schemas.getMethod("check", byte[].class);

            String core = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-31T08:00:00Z</dcterms:created>";
            List<?> none = (List<?>) check.invoke(null, (Object)
                    Docx.minimal().with("docProps/core.xml", Docx.core(core)).bytes());
            assertEquals(List.of(), none);

            byte[] signature = Docx.minimal()
                    .with("word/document.xml", Docx.document(OoxmlSchemasTest.JC_BEFORE_IND))
                    .bytes();
            List<?> one = (List<?>) check.invoke(null, (Object) signature);
            assertEquals(1, one.size(), one::toString);
            assertTrue(
                    one.get(0).toString().startsWith("word/document.xml:2:"),
                    one.get(0).toString());
            assertTrue(one.get(0).toString().contains("/w:pPr[1]/w:ind[1]: cvc-complex-type.2.4.a"));
        }
    }
}
