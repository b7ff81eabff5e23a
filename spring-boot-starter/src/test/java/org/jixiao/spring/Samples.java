// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;

/** The test data: jixiao's warm-up sample report (Reports.warmUp), and templates made from the official one. */
final class Samples {
    private Samples() {}

    /** The warm-up sample's JSON (a national-common report that validates with warnings only). */
    static byte[] json() {
        try (InputStream in = Samples.class.getResourceAsStream("/org/jixiao/report/docx/warm-up-report.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report report() {
        return ReportJson.read(new ByteArrayInputStream(json()));
    }

    /** The sample without its top-level {@code name} property. */
    static Report reportWithout(String name) {
        try {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json());
            tree.remove(name);
            return ReportJson.read(tree.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official template with its body replaced by one paragraph of {@code text} (placeholders allowed),
     * keeping its styles, footers and final section properties.
     */
    static byte[] templateSaying(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in =
                        new ZipInputStream(new ByteArrayInputStream(OfficialTemplate.OVERALL_SELF_EVALUATION.docx()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = withBody(new String(bytes, StandardCharsets.UTF_8), text)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String withBody(String document, String text) {
        int body = document.indexOf("<w:body>") + "<w:body>".length();
        int lastSection = document.lastIndexOf("<w:sectPr");
        return document.substring(0, body) + "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"
                + document.substring(lastSection);
    }
}
