// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效自评数据表: the figures of the report gathered in one sheet. Derived from the
 * report, never typed: each figure lives once in the model.
 *
 * @param staffing 人员编制情况
 * @param budget 预算
 * @param finalAccounts 决算
 * @param differenceRate 预决算差异率 (empty when the budget is zero)
 * @param publicFunds 公用经费 (预算数, 决算数)
 * @param publicFundsControlRate 公用经费控制率
 * @param threePublicExpenses “三公”经费 (empty when not given)
 * @param keyProjects 重点项目 (预算, 到位, 支出)
 * @param fixedAssetsOriginalValue 固定资产原值
 * @param intangibleAssetsOriginalValue 无形资产原值
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

    /** Gathers the data sheet from a report; the report must be valid. */
    public static DataSheet of(Report report) {
        Expenditure e = report.expenditure();
        AssetManagement assets = report.indicatorAnalysis().execution().assetManagement();
        return new DataSheet(
                report.profile().staffing(),
                e.budget(),
                e.finalAccounts(),
                e.differenceRate(),
                e.publicFunds(),
                e.publicFunds().controlRate(),
                Optional.ofNullable(e.threePublicExpenses()),
                report.indicatorAnalysis().benefit().keyProjects().stream()
                        .map(p -> new KeyProjectFigures(p.name(), p.funds()))
                        .toList(),
                assets.fixedAssetsOriginalValue(),
                assets.intangibleAssetsOriginalValue());
    }

    /**
     * One key project's line of the data sheet.
     *
     * @param name 项目名称
     * @param funds 预算安排, 到位, 支出 and the rates computed from them
     */
    public record KeyProjectFigures(String name, ProjectFunds funds) {}
}
