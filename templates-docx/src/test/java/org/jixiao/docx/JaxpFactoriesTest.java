// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

/**
 * A host application's JAXP factories stay the JDK's once jixiao has compiled and rendered a custom
 * template, and its output has been re-opened with docx4j (on this class path for the tests): the
 * standard XXE hardening still works. docx4j's bundled Xalan would register itself as the
 * TransformerFactory and XPathFactory service, and reject {@link XMLConstants#ACCESS_EXTERNAL_DTD}.
 */
class JaxpFactoriesTest {
    @Test
    void transformerAndXPathFactoriesAreTheJdksAndAcceptTheXxeHardening() throws Exception {
        DocxTemplate t = Fixture.compileBody(Fixture.p("单位：{{unit}}"));
        Fixture.render(t, Map.of("unit", "坡头区民政局")); // re-opens the output with docx4j

        TransformerFactory transformers = TransformerFactory.newInstance();
        assertTrue(
                transformers.getClass().getName().startsWith("com.sun.org.apache.xalan.internal."),
                transformers.getClass().getName());
        assertDoesNotThrow(() -> transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""));
        assertDoesNotThrow(() -> transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, ""));

        XPathFactory xpaths = XPathFactory.newInstance();
        assertTrue(
                xpaths.getClass().getName().startsWith("com.sun.org.apache.xpath.internal."),
                xpaths.getClass().getName());
        assertDoesNotThrow(() -> xpaths.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true));
    }
}
