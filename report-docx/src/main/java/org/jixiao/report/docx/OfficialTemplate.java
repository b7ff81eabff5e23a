// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.internal.engine.Precompiled;

/**
 * The official templates jixiao ships, each an ordinary .docx an OA administrator may export,
 * restyle in Word or WPS and use as a custom {@link DocxTemplate}.
 *
 * @since 0.1.0
 */
public enum OfficialTemplate {
    /**
     * 整体绩效自评报告 laid out per GB/T 9704-2012, in whatever outline the report names (its headings,
     * order and numbering come from the data: see {@link org.jixiao.outline.Outline}), with the
     * outline's attachment pages (评分表, 数据表) on landscape pages.
     */
    OVERALL_SELF_EVALUATION("official"),

    /**
     * The same document without attachment pages, for outlines and reports that have none (the Hubei
     * short form): it ends after the body, on a portrait page. Built from the same source as
     * {@link #OVERALL_SELF_EVALUATION}; {@link Reports#officialTemplate(org.jixiao.report.Report)} picks
     * the one that fits a report.
     *
     * @since 0.2.0
     */
    OVERALL_SELF_EVALUATION_TEXT("official-text");

    private final String resource;

    OfficialTemplate(String name) {
        this.resource = "templates/" + name;
    }

    /**
     * The template compiled, once per JVM; thread-safe. It was compiled when jixiao was built, so
     * this only decodes its plan (milliseconds, no docx4j); should the plan not match the .docx
     * beside it, the .docx is compiled instead.
     */
    public DocxTemplate template() {
        return Compiled.OF[ordinal()];
    }

    /** The template's .docx bytes, e.g. to export it for restyling. A fresh array on each call. */
    public byte[] docx() {
        return resource(".docx");
    }

    private byte[] resource(String extension) {
        try (InputStream in = OfficialTemplate.class.getResourceAsStream(resource + extension)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/jixiao/report/docx/" + resource + extension);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads each official template on first use (class initialisation is thread-safe). */
    private static final class Compiled {
        static final DocxTemplate[] OF = loadAll();

        private static DocxTemplate[] loadAll() {
            OfficialTemplate[] all = OfficialTemplate.values();
            DocxTemplate[] loaded = new DocxTemplate[all.length];
            for (OfficialTemplate t : all) {
                loaded[t.ordinal()] = load(t);
            }
            return loaded;
        }

        private static DocxTemplate load(OfficialTemplate t) {
            byte[] plan;
            try {
                plan = t.resource(".plan");
            } catch (IllegalStateException e) {
                plan = null; // a build that skipped the packer
            }
            return Precompiled.load(t.docx(), plan);
        }
    }
}
