// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.internal.validation.text.TextFixer;
import org.jixiao.report.Report;

/**
 * Corrects what is mechanical and unambiguous in a report's text: the warnings whose correction cannot
 * change what the author meant.
 *
 * <ul>
 *   <li>{@code text.manual-numbering}: numbering typed at the start of a place the template numbers
 *       itself (an item's title, a goal's title, an improvement's measure, a key project's name) is
 *       removed;
 *   <li>{@code text.document-number-brackets}: {@code 粤民办函【2021】37号} becomes {@code 粤民办函〔2021〕37号};
 *   <li>{@code text.half-width-punctuation}: {@code , ; : ? ! ( )} in Chinese text become
 *       {@code ，；：？！（）};
 *   <li>{@code text.variant-character}: {@code 检査} becomes {@code 检查};
 *   <li>{@code text.stray-space}: spaces at the ends of a string or line, between Chinese characters and
 *       next to full-width punctuation are deleted.
 * </ul>
 *
 * Nothing else: repeated paragraphs and words, stated rates that contradict the figures, leftover
 * outline instructions and every error are the author's to correct. {@code Report.description}, which
 * is never printed, is never changed.
 *
 * <p>The fix is idempotent ({@code fix(fix(r).report())} corrects nothing) and, for a report it
 * corrected, {@link ReportValidator#validate} reports no warning of those five rules. Everything it does
 * not correct is kept as it is, the same instances: the JSON of the corrected report differs from the
 * report's only at the paths of its {@link Fix}es. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportFixer {
    private ReportFixer() {}

    /** The report with its mechanical defects corrected, and each correction. */
    public static FixResult fix(Report report) {
        List<Fix> fixes = new ArrayList<>();
        Report fixed = TextFixer.fix(Objects.requireNonNull(report, "report"), fixes);
        return new FixResult(fixed, fixes);
    }

    /**
     * The report without the numbering typed at the start of the places the template numbers itself,
     * and nothing else changed: what is printed, so that a typed number never prints next to the
     * generated one. The report itself when it has none. Renderers call this; validation still warns
     * ({@code text.manual-numbering}) so that the author can correct the data.
     */
    public static Report withoutManualNumbering(Report report) {
        return TextFixer.withoutManualNumbering(Objects.requireNonNull(report, "report"));
    }
}
