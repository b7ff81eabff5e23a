// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.DataSheet;
import org.jixiao.report.Report;

/**
 * The rows of the data sheet (数据表): pairs of figure and value, two pairs a row, in the sheet's
 * order. A figure the report does not give is left out and the rest move up; nothing is shown as
 * zero for want of data.
 */
final class DataSheetRows {
    private DataSheetRows() {}

    /** Rows of {@code label1 value1 label2 value2}; the last row's second pair may be empty. */
    static List<Object> of(Report report) {
        DataSheet d = report.dataSheet();
        List<String[]> pairs = new ArrayList<>();
        if (d.staffing() != null) {
            var s = d.staffing();
            add(pairs, "行政编制（名）", s.administrativePosts());
            add(pairs, "事业编制（名）", s.careerPosts());
            if (s.administrativePosts() == null || s.careerPosts() == null) {
                add(pairs, "编制总数（名）", s.totalPosts());
            }
            add(pairs, "财政供给在职人数（人）", s.inServiceFunded());
            add(pairs, "离退休人数（人）", s.retirees());
        }
        add(pairs, "总预算", d.budget().total());
        add(pairs, "支出决算数", d.finalAccounts().expenditure());
        add(pairs, "基本支出预算", d.budget().basic());
        add(pairs, "基本支出决算", d.finalAccounts().basic());
        add(pairs, "项目支出预算", d.budget().project());
        add(pairs, "项目支出决算", d.finalAccounts().project());
        add(pairs, "收入决算数", d.finalAccounts().income());
        add(pairs, "预决算差异率", Sentences.rate(d.differenceRate()));
        if (d.publicFunds() != null) {
            add(pairs, "公用经费预算数", d.publicFunds().budget());
            add(pairs, "公用经费决算数", d.publicFunds().actual());
            add(pairs, "公用经费控制率", Sentences.rate(d.publicFundsControlRate()));
            add(pairs, "公用经费节约", d.publicFunds().saving());
        }
        d.threePublicExpenses().ifPresent(t -> {
            add(pairs, "“三公”经费预算数", t.budget());
            add(pairs, "“三公”经费决算数", t.actual());
        });
        add(pairs, "固定资产原值", d.fixedAssetsOriginalValue());
        add(pairs, "无形资产原值", d.intangibleAssetsOriginalValue());
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label1", pairs.get(i)[0]);
            row.put("value1", pairs.get(i)[1]);
            boolean second = i + 1 < pairs.size();
            row.put("label2", second ? pairs.get(i + 1)[0] : "");
            row.put("value2", second ? pairs.get(i + 1)[1] : "");
            rows.add(row);
        }
        return rows;
    }

    private static void add(List<String[]> pairs, String label, Object value) {
        if (value != null) {
            pairs.add(new String[] {label, value.toString()});
        }
    }
}
