// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The official templates jixiao ships, each an ordinary .docx an OA administrator may export,
 * restyle in Word or WPS and use as a custom {@link DocxTemplate}.
 *
 * @since 0.1.0
 */
public enum OfficialTemplate {
    /**
     * 整体绩效自评报告 in the outline prescribed by 湛江市坡头区财政局《关于开展2023年区级财政资金绩效自评工作的通知》
     * （湛坡财〔2023〕80号）, laid out per GB/T 9704-2012, with 附件1 评分表 and 附件2 数据表.
     */
    OVERALL_SELF_EVALUATION("official.docx");

    private final String resource;

    OfficialTemplate(String resource) {
        this.resource = "templates/" + resource;
    }

    /** The template compiled, once per JVM; thread-safe. */
    public DocxTemplate template() {
        return Compiled.OF[ordinal()];
    }

    /** The template's .docx bytes, e.g. to export it for restyling. A fresh array on each call. */
    public byte[] docx() {
        try (InputStream in = OfficialTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/jixiao/docx/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles each official template on first use (class initialisation is thread-safe). */
    private static final class Compiled {
        static final DocxTemplate[] OF = compileAll();

        private static DocxTemplate[] compileAll() {
            OfficialTemplate[] all = OfficialTemplate.values();
            DocxTemplate[] compiled = new DocxTemplate[all.length];
            for (OfficialTemplate t : all) {
                compiled[t.ordinal()] = DocxTemplate.compile(new java.io.ByteArrayInputStream(t.docx()));
            }
            return compiled;
        }
    }
}
