// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jixiao.validation.constraints.DeadlineNotBeforeFilling;
import org.jixiao.validation.constraints.FundsDateInRange;
import org.jixiao.validation.constraints.ScoreMatchesScoreSheet;
import org.jixiao.validation.constraints.SubmissionNotBeforeFilling;

/**
 * 整体绩效自评报告: a budget unit's overall performance self-evaluation report for one year,
 * with its 评分表 (score sheet). Components follow the official outline, in its order.
 *
 * @param description free note about this data (not printed), e.g. where it came from
 * @param cover 封面信息与评价依据: cover block and the notice the evaluation answers
 * @param profile 一（一）单位机构设置、部门职能情况
 * @param keyTasks 一（二）年度总体工作和重点工作任务
 * @param goals 一（三）部门整体支出绩效目标
 * @param expenditure 一（四）部门整体支出情况
 * @param selfEvaluation 二、自评工作开展情况
 * @param result 三（一）自评结果
 * @param indicatorAnalysis 三（二）部门整体支出绩效指标分析
 * @param problems 四、存在的问题及原因分析
 * @param improvements 五、改进措施（整改措施和完成时限）
 * @param resultApplication 六、绩效自评结果应用 (optional: empty leaves the section out)
 * @param otherMatters 七、其他需要说明的事项 (optional: empty leaves the section out)
 * @param scoreSheet 附件1 部门整体支出绩效自评表（评分表）
 */
@ScoreMatchesScoreSheet
@SubmissionNotBeforeFilling
@FundsDateInRange
@DeadlineNotBeforeFilling
public record Report(
        String description,
        @NotNull @Valid Cover cover,
        @NotNull @Valid UnitProfile profile,
        @NotNull List<@NotNull @Valid Item> keyTasks,
        @NotNull List<@NotNull @Valid PerformanceGoal> goals,
        @NotNull @Valid Expenditure expenditure,
        @NotNull @Valid SelfEvaluationWork selfEvaluation,
        @NotNull @Valid SelfEvaluationResult result,
        @NotNull @Valid IndicatorAnalysis indicatorAnalysis,
        @NotNull List<@NotNull @Valid Item> problems,
        @NotNull List<@NotNull @Valid Improvement> improvements,
        List<@NotBlank String> resultApplication,
        List<@NotBlank String> otherMatters,
        @NotNull @Valid ScoreSheet scoreSheet) {

    public Report {
        keyTasks = Lists.copy(keyTasks);
        goals = Lists.copy(goals);
        problems = Lists.copy(problems);
        improvements = Lists.copy(improvements);
        resultApplication = Lists.copy(resultApplication);
        otherMatters = Lists.copy(otherMatters);
    }

    /** 附件2 部门整体支出绩效自评数据表, derived from the rest of the report. */
    public DataSheet dataSheet() {
        return DataSheet.of(this);
    }
}
