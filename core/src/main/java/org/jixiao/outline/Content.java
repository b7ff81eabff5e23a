// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

/**
 * 章节内容: what fills a section of an outline, computed from the report's facts. Besides these, every
 * section prints the unit's own text for it ({@code Report.sections}), after the computed content.
 * Each constant names the report data it needs ({@link #dataPath()}): a required section whose content
 * has no data, and no text of the unit's own, is a validation error.
 */
public enum Content {
    /** 单位性质、下属单位、人员编制的概述句和单位概况段落. */
    STAFFING("/profile", "单位性质、下属单位和人员编制", "unit type, subordinate units and staffing"),
    /** 主要职能（编号条目）及职责分工. */
    FUNCTIONS("/profile/functions", "主要职能及职责分工", "functions and division of duties"),
    /** 年度总体工作和重点工作任务（编号条目）. */
    KEY_TASKS("/keyTasks", "重点工作任务", "key tasks"),
    /** 部门整体支出绩效目标（编号条目及可量化指标完成情况）. */
    GOALS("/goals", "绩效目标", "performance goals"),
    /** 预算与决算的说明句及部门整体支出情况表. */
    EXPENDITURE("/expenditure", "预算与决算情况（含表）", "budget and final accounts, with table"),
    /** 预算执行率：预算数、执行数和计算得出的执行率. */
    EXECUTION("/expenditure", "预算执行率", "budget execution rate"),
    /** 评价小组情况（说明句和表）. */
    TEAM("/selfEvaluation/team", "评价小组情况", "evaluation team"),
    /** 自评工作过程. */
    PROCESS("/selfEvaluation/process", "自评工作过程", "evaluation process"),
    /** 自评材料报送时间及质量. */
    SUBMISSION("/selfEvaluation/submission", "自评材料报送", "submission of materials"),
    /** 自评材料报送及公开一致情况. */
    DISCLOSURE("/selfEvaluation/disclosure", "报送与公开一致情况", "disclosure consistency"),
    /** 自评结论、得分和等级（等级按得分计算）及主要成效. */
    RESULT("/result", "自评结论、得分和等级", "conclusion, score and grade"),
    /** 自评得分（只写得分；填写了等级才写等级）. */
    SCORE("/result/score", "自评得分", "score"),
    /** 绩效指标分析：按评分表的指标体系逐级分析（广东式分析另有专门结构）. */
    INDICATOR_ANALYSIS("/indicatorAnalysis", "绩效指标分析", "indicator analysis"),
    /** 存在的问题（编号条目）. */
    PROBLEMS("/problems", "存在的问题", "problems"),
    /** 改进措施（编号条目及完成时限）. */
    IMPROVEMENTS("/improvements", "改进措施", "improvements"),
    /** 绩效自评结果应用. */
    RESULT_APPLICATION("/resultApplication", "结果应用", "use of the results"),
    /** 其他需要说明的事项. */
    OTHER_MATTERS("/otherMatters", "其他需要说明的事项", "other matters");

    private final String dataPath;
    private final String labelZh;
    private final String labelEn;

    Content(String dataPath, String labelZh, String labelEn) {
        this.dataPath = dataPath;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** JSON Pointer of the report data this content is computed from. */
    public String dataPath() {
        return dataPath;
    }

    /** What it is, in Chinese. */
    public String labelZh() {
        return labelZh;
    }

    /** What it is, in English. */
    public String labelEn() {
        return labelEn;
    }
}
