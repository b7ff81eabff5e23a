// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.ScoreSheet;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.SelfEvaluationResult;
import org.jixiao.report.TertiaryIndicator;

/**
 * The score sheet as the table prints it: one row per third-level indicator, each carrying its
 * first- and second-level labels (which the table merges vertically), plus the totals.
 */
final class ScoreSheetRows {
    private ScoreSheetRows() {}

    static Map<String, Object> of(ScoreSheet sheet, SelfEvaluationResult result) {
        List<Object> rows = new ArrayList<>();
        for (PrimaryIndicator primary : sheet.indicators()) {
            String primaryLabel = primary.name() + "（" + points(primary.weight()) + "）";
            for (SecondaryIndicator secondary : primary.indicators()) {
                String secondaryLabel = secondary.name() + "（" + points(secondary.weight()) + "）";
                for (TertiaryIndicator t : secondary.indicators()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("primary", primaryLabel);
                    row.put("secondary", secondaryLabel);
                    row.put("name", t.name());
                    row.put("weight", t.weight().toPlainString());
                    row.put("explanation", t.explanation());
                    row.put("criteria", t.criteria());
                    row.put("score", t.score().toPlainString());
                    row.put("deductionReason", t.deductionReason() == null ? "" : t.deductionReason());
                    rows.add(row);
                }
            }
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("rows", rows);
        node.put("totalWeight", sheet.totalWeight().toPlainString());
        node.put("totalScore", sheet.totalScore().toPlainString());
        node.put("grade", result.grade().label());
        return node;
    }

    private static String points(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString() + "分";
    }
}
