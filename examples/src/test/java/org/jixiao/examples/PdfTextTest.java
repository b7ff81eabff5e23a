// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What LibreOffice prints is all the report says: every character of the running text reaches the
 * PDF, in particular the full-width punctuation (、。，；) that follows a full line of 28 characters,
 * which LibreOffice hangs into the margin and, in justified lines with the template's tighter
 * character spacing, did not draw. Needs {@code soffice} and {@code pdftotext}; skipped, saying so,
 * where they are missing.
 */
class PdfTextTest {
    /** A footer's page number line: — 5 —. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*—\\s*\\d+\\s*—\\s*");

    /** White space of every kind, the ideographic space 　 included. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    @Tag("issue-11")
    @Test
    void everyCharacterOfTheRunningTextReachesThePdf(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled("soffice", "pdftotext");
        Path docx = dir.resolve("potou.docx");
        Reports.render(PotouExample.report(), OfficialTemplate.OVERALL_SELF_EVALUATION.template(), docx);

        // The pages' text without page numbers (a paragraph may run on across a page end) and
        // without white space (the line breaks are LibreOffice's, spaces between CJK and Latin are pdftotext's).
        StringBuilder lines = new StringBuilder();
        for (String page : LibreOffice.pages(dir, LibreOffice.toPdf(dir, docx))) {
            for (String line : page.split("\n")) {
                if (!PAGE_NUMBER.matcher(line).matches()) {
                    lines.append(line);
                }
            }
        }
        String pdf = squeeze(lines.toString());

        List<String> paragraphs = RenderedDocument.paragraphsOutsideTables(Files.readAllBytes(docx)).stream()
                .map(PdfTextTest::squeeze)
                .filter(p -> !p.isEmpty())
                .toList();
        assertTrue(paragraphs.size() > 150, "running text of the Potou report: " + paragraphs.size() + " paragraphs");
        List<String> lost = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!pdf.contains(paragraph)) {
                lost.add(lostFrom(paragraph, pdf));
            }
        }
        assertEquals(List.of(), lost, lost.size() + " paragraphs are not in the PDF as written");
    }

    private static String squeeze(String s) {
        return WHITE_SPACE.matcher(s).replaceAll("");
    }

    /**
     * Which characters of {@code paragraph} the PDF leaves out, each after the text before it: the PDF
     * read from where the paragraph's first characters are, at the place where the fewest are lost.
     */
    private static String lostFrom(String paragraph, String pdf) {
        String head = paragraph.substring(0, Math.min(10, paragraph.length()));
        String best = "not found: " + head + "…";
        int fewest = Integer.MAX_VALUE;
        for (int at = pdf.indexOf(head); at >= 0; at = pdf.indexOf(head, at + 1)) {
            StringBuilder sb = new StringBuilder(head).append("…: lost");
            int losses = 0;
            for (int i = 0, j = at; i < paragraph.length(); i++, j++) {
                if (j >= pdf.length() || pdf.charAt(j) != paragraph.charAt(i)) {
                    if (++losses <= 5) {
                        sb.append(' ')
                                .append(paragraph.charAt(i))
                                .append(" after …")
                                .append(paragraph, Math.max(0, i - 8), i);
                    }
                    j--; // the PDF's character is compared again with the paragraph's next one
                }
            }
            if (losses < fewest) {
                fewest = losses;
                best = sb.toString();
            }
        }
        return best;
    }
}
