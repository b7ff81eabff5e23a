// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.validation.ReportFixer;
import org.jixiao.validation.ReportValidator;

/**
 * What {@code Reports.warmUp} does: reads, validates and renders the sample report
 * ({@code org/jixiao/report/docx/warm-up-report.json}, a national-common report that validates with warnings only)
 * with each official template, and reads a malformed report, so the first real report pays for none of it.
 */
public final class WarmUp {
    private static final String SAMPLE = "/org/jixiao/report/docx/warm-up-report.json";

    private WarmUp() {}

    /**
     * Warms up with {@code validator}. The sample is rendered whatever validation finds (a clock earlier than
     * its dates still warms up), in the validator's outlines or, should they lack its outline, the built-in ones.
     */
    public static void run(ReportValidator validator) {
        Report report = ReportJson.read(sample());
        validator.validate(report);
        Outline outline = validator.outlines().find(report.outline()).orElseGet(() -> Outlines.builtIn()
                .forReport(report.outline()));
        for (OfficialTemplate template : OfficialTemplate.values()) {
            template.template()
                    .render(
                            ReportData.of(ReportFixer.withoutManualNumbering(report), outline),
                            OutputStream.nullOutputStream());
        }
        try {
            ReportJson.read("{\"cover\": }"); // the error path too: a malformed report is answered as fast
        } catch (MalformedReportException expected) {
            // what a malformed report gets
        }
    }

    private static String sample() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
