// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jixiao.Lang;
import org.jixiao.examples.ExampleReport;
import org.jixiao.report.Report;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example reports (the Potou reference report among them) validate with warnings only, the same warnings in
 * every leg, and render to the same bytes as on jixiao's own versions (the golden file holds their SHA-256).
 */
class ReferenceReportsTest {

    @ParameterizedTest
    @EnumSource(ExampleReport.class)
    void validatesAndRendersAsOnJixiaosOwnVersions(ExampleReport example) {
        Report report = example.report();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ValidationResult result = Reports.render(report, Reports.officialTemplate(report), docx, Leg.validator());

        assertEquals(0, result.errors().size(), result.describe(Lang.EN));
        Leg.assertGolden(
                example.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt",
                "warnings: " + result.warnings().size() + "\n"
                        + result.describe(Lang.ZH)
                        + result.describe(Lang.EN)
                        + "docx: " + docx.size() + " bytes, SHA-256 " + sha256(docx.toByteArray()) + "\n");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
