// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.Lang;

/**
 * The table at the end of a batch: file, status, warnings, errors ({@code -} for a file that could not
 * be read), milliseconds; then the totals and why each failed file failed. Columns are aligned by display width (a Chinese character takes two
 * columns); text left, numbers right.
 */
final class SummaryTable {
    private SummaryTable() {}

    static List<String> lines(List<FileResult> results, Lang lang) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Message.BATCH_HEAD_FILE.format(lang),
            Message.BATCH_HEAD_STATUS.format(lang),
            Message.BATCH_HEAD_WARNINGS.format(lang),
            Message.BATCH_HEAD_ERRORS.format(lang),
            Message.BATCH_HEAD_MILLIS.format(lang)
        });
        for (FileResult r : results) {
            // An unreadable file was never validated: its counts are not zero, they do not exist.
            boolean counted = r.outcome() != Outcome.UNREADABLE;
            rows.add(new String[] {
                r.file(),
                r.outcome().label().format(lang),
                counted ? Integer.toString(r.warnings()) : "-",
                counted ? Integer.toString(r.errors()) : "-",
                Long.toString(r.millis())
            });
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - width(row[c]));
                line.append(c < 2 ? row[c] + pad : pad + row[c]);
                if (c < row.length - 1) {
                    line.append("  ");
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        long written = results.stream().filter(r -> r.outcome().written()).count();
        lines.add(Message.BATCH_TOTAL.format(lang, results.size(), written, results.size() - written));
        if (written < results.size()) {
            lines.add(Message.BATCH_REASONS.format(lang));
            for (FileResult r : results) {
                if (!r.outcome().written()) {
                    lines.add("  " + r.file() + ": " + r.reason());
                }
            }
        }
        return lines;
    }

    /** Columns {@code s} takes on a terminal: two for East Asian wide and full-width characters. */
    static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
