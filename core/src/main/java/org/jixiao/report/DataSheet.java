// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效自评数据表: the figures of the report gathered in one sheet. Derived from the
 * report, never typed: each figure lives once in the model.
 *
 * @param staffing 人员编制情况 (null when not given)
 * @param budget 预算
 * @param finalAccounts 决算
 * @param differenceRate 预决算差异率 (empty when the budget is zero)
 * @param publicFunds 公用经费 (预算数, 决算数; null when not given)
 * @param publicFundsControlRate 公用经费控制率
 * @param threePublicExpenses “三公”经费 (empty when not given)
 * @param keyProjects 重点项目 (预算, 到位, 支出)
 * @param fixedAssetsOriginalValue 固定资产原值 (null when not given)
 * @param intangibleAssetsOriginalValue 无形资产原值 (null when not given)
 */
public record DataSheet(
        Staffing staffing,
        Budget budget,
        FinalAccounts finalAccounts,
        Optional<Percent> differenceRate,
        BudgetVsActual publicFunds,
        Optional<Percent> publicFundsControlRate,
        Optional<BudgetVsActual> threePublicExpenses,
        List<KeyProjectFigures> keyProjects,
        Money fixedAssetsOriginalValue,
        Money intangibleAssetsOriginalValue) {

    public DataSheet {
        keyProjects = Lists.copy(keyProjects);
    }

    /**
     * Gathers the data sheet from a valid report that has its {@link Report#expenditure()}. Figures the
     * report does not give are null (empty for the optional ones): a data sheet never shows a figure
     * that is not in the report.
     *
     * @throws IllegalArgumentException when the report has no expenditure
     */
    public static DataSheet of(Report report) {
        Expenditure e = report.expenditure();
        if (e == null) {
            throw new IllegalArgumentException("a data sheet needs the report's expenditure");
        }
        AssetManagement assets = report.indicatorAnalysis() == null
                ? null
                : report.indicatorAnalysis().execution().assetManagement();
        return new DataSheet(
                report.profile() == null ? null : report.profile().staffing(),
                e.budget(),
                e.finalAccounts(),
                e.differenceRate(),
                e.publicFunds(),
                e.publicFunds() == null ? Optional.empty() : e.publicFunds().controlRate(),
                Optional.ofNullable(e.threePublicExpenses()),
                report.indicatorAnalysis() == null
                        ? List.of()
                        : report.indicatorAnalysis().benefit().keyProjects().stream()
                                .map(p -> new KeyProjectFigures(p.name(), p.funds()))
                                .toList(),
                assets == null ? null : assets.fixedAssetsOriginalValue(),
                assets == null ? null : assets.intangibleAssetsOriginalValue());
    }

    /**
     * One key project's line of the data sheet.
     *
     * @param name 项目名称
     * @param funds 预算安排, 到位, 支出 and the rates computed from them
     */
    public record KeyProjectFigures(String name, ProjectFunds funds) {}
}
