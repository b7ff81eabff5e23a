// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On the runnable jar's class path (everything the command line bundles), compiling a custom template
 * leaves the JVM's TransformerFactory and XPathFactory the JDK's, accepting the XXE hardening.
 */
class JaxpFactoriesIT {
    @Test
    void theRunnableJarLeavesTheJdksJaxpFactoriesInPlace() throws Exception {
        Path probe = Path.of(JaxpProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Process p = new ProcessBuilder(List.of(
                        JarRun.JAVA.toString(),
                        "-cp",
                        JarRun.JAR + File.pathSeparator + probe,
                        JaxpProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(
                """
                transformer=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl
                transformer.access-external-dtd=accepted
                xpath=com.sun.org.apache.xpath.internal.jaxp.XPathFactoryImpl
                xpath.secure-processing=accepted
                """,
                out.replace("\r\n", "\n"));
        assertEquals(0, p.exitValue(), out);
    }
}
