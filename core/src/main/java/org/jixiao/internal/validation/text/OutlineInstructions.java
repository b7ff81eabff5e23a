// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.outline-instruction}: a string that begins (after white space and manual
 * numbering) with a filling instruction copied from the official outline instead of the report's own
 * words. The known instructions, from the outline of 湛坡财〔2023〕80号 as the reference report shows them:
 *
 * <ul>
 *   <li>{@code 包含整体支出绩效自评结论} — under 三（一）自评结果;
 *   <li>{@code 部门除对预算执行情况相应指标进行分析外} — under 三（二）2. 预算执行情况.
 * </ul>
 */
final class OutlineInstructions {
    static final String CODE = "text.outline-instruction";

    static final List<String> KNOWN = List.of("包含整体支出绩效自评结论", "部门除对预算执行情况相应指标进行分析外");

    private OutlineInstructions() {}

    /** @param start the string without leading numbering, stripped ({@link TextRules#unnumbered}) */
    static void check(TextSite site, String start, List<Finding> findings) {
        for (int i = 0; i < KNOWN.size(); i++) { // no iterator: runs on every string
            if (start.startsWith(KNOWN.get(i))) {
                findings.add(Finding.ofRule(
                        Severity.WARNING, CODE, site.path(), DisplayText.abbreviate(site.text()), null, Map.of()));
                return;
            }
        }
    }
}
