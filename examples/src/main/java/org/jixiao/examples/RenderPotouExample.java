// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.nio.file.Path;
import org.jixiao.Lang;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ValidationResult;

/**
 * Renders the Potou example with the official template: the library's main job in a few lines.
 *
 * <p>Usage: {@code RenderPotouExample [OUT.docx]} (default {@code potou-2022.docx}).
 */
public final class RenderPotouExample {
    private RenderPotouExample() {}

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "potou-2022.docx");
        Report report = PotouExample.report();
        ValidationResult warnings = Reports.render(report, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), out);
        System.out.println("wrote " + out + " with " + warnings.warnings().size() + " warning(s):");
        System.out.println(warnings.describe(Lang.EN));
    }
}
