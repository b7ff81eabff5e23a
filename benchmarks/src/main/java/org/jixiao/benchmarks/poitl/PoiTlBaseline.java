// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jixiao.report.docx.OfficialTemplate;

/**
 * The jixiao templates the benchmarks translate to poi-tl ({@link PoiTlTemplate#translate}); both
 * render the same document from the Potou report as jixiao's official template does.
 */
public enum PoiTlBaseline {
    /**
     * The baseline: the official template as it was before its body became one loop over the
     * outline's blocks — fixed sections under fixed headings, a loop per list, a table where the
     * table goes — which is how a poi-tl user writes a template for this report. Resource
     * {@code fixed-outline-template.docx} next to this class: the parts of
     * {@code templates-docx/src/main/template/official/} at commit 379997e, zipped unchanged (the
     * last commit before 37cb277 replaced the fixed sections with {@code {{#body}}}).
     */
    FIXED_OUTLINE {
        @Override
        public byte[] jixiaoTemplate() {
            try (InputStream in = PoiTlBaseline.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    /**
     * Informative only: jixiao's own official template, one {@code {{#body}}} loop over blocks, which
     * poi-tl renders by copying the loop's content for every block — a template no poi-tl user would
     * write.
     */
    BODY_LOOP {
        @Override
        public byte[] jixiaoTemplate() {
            return OfficialTemplate.OVERALL_SELF_EVALUATION.docx();
        }
    };

    private static final String RESOURCE = "fixed-outline-template.docx";

    /** The jixiao template (.docx bytes, a fresh array) that {@link #translate} translates. */
    public abstract byte[] jixiaoTemplate();

    /** This template in poi-tl syntax; {@code sampleData} is jixiao's data tree of the report. */
    public PoiTlTemplate translate(Map<String, ?> sampleData) {
        return PoiTlTemplate.translate(jixiaoTemplate(), sampleData);
    }
}
