// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.approvaltests.Approvals;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Test;

class ReferenceReportTest {
    @Test
    void theReferenceReportRendersAsApproved() {
        byte[] out = Fixture.render(Fixture.compile(ReferenceReport.template()), ReferenceReport.data(0));
        Output.check(out);
        String text = DocxText.canonical(out);
        long paragraphs = text.lines().filter(l -> l.startsWith("[p")).count();
        assertTrue(paragraphs >= 150, "about 160 paragraphs: " + paragraphs);
        Approvals.verify(text);
    }
}
