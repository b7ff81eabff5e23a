// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.xpath.XPathFactory;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.report.docx.OfficialTemplate;

/**
 * Run on the runnable jar's class path by {@link JaxpFactoriesIT}: compiles the official template's
 * .docx as a custom template, then prints which JAXP factories the JVM now gives and whether they
 * accept the XXE hardening, one {@code key=value} a line.
 */
final class JaxpProbe {
    private JaxpProbe() {}

    public static void main(String[] args) throws Exception {
        DocxTemplate.compile(new ByteArrayInputStream(OfficialTemplate.OVERALL_SELF_EVALUATION.docx()));
        TransformerFactory transformers = TransformerFactory.newInstance();
        System.out.println("transformer=" + transformers.getClass().getName());
        System.out.println("transformer.access-external-dtd="
                + accepted(() -> transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "")));
        XPathFactory xpaths = XPathFactory.newInstance();
        System.out.println("xpath=" + xpaths.getClass().getName());
        System.out.println("xpath.secure-processing="
                + accepted(() -> xpaths.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static String accepted(Step step) {
        try {
            step.run();
            return "accepted";
        } catch (Exception | LinkageError e) {
            return e.toString();
        }
    }
}
