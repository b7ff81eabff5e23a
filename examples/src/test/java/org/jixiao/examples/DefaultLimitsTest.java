// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.RenderLimits;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.junit.jupiter.api.Test;

/**
 * The default render limits leave a real report ample room: the official template renders the Potou
 * example within half the default loop depth and a tenth of the default iterations and output
 * (measured when the defaults were set: loops 2 deep, 226 loop items, 149,886 bytes of the output
 * budget), as TEMPLATE-SYNTAX.md says.
 */
class DefaultLimitsTest {
    @Test
    void theOfficialTemplateRendersThePotouExampleWellWithinTheDefaultLimits() {
        RenderLimits d = RenderLimits.DEFAULT;
        RenderLimits tight = new RenderLimits(d.maxLoopDepth() / 2, d.maxIterations() / 10, d.maxOutputBytes() / 10);
        DocxTemplate template =
                DocxTemplate.compile(new ByteArrayInputStream(OfficialTemplate.OVERALL_SELF_EVALUATION.docx()), tight);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.render(Reports.data(PotouExample.report()), out);
        assertTrue(out.size() > 10_000, "a whole document");
    }
}
