// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

/**
 * 计算指标: what a score-sheet indicator measures, when it is a figure jixiao computes. The figure
 * is printed with the indicator in the indicator analysis, wherever the indicator sits in the
 * outline's framework.
 */
public enum Measure {
    /** 预决算差异率 = (支出决算 − 总预算) ÷ 总预算. */
    DIFFERENCE_RATE("预决算差异率"),
    /** 预算执行率 = 支出决算 ÷ 总预算. */
    EXECUTION_RATE("预算执行率"),
    /** 公用经费控制率 = 公用经费决算 ÷ 预算. */
    PUBLIC_FUNDS_CONTROL_RATE("公用经费控制率"),
    /** “三公”经费控制率 = “三公”经费决算 ÷ 预算. */
    THREE_PUBLIC_EXPENSES_CONTROL_RATE("“三公”经费控制率"),
    /** 在职人员控制率 = 在职人数 ÷ 编制数. */
    IN_SERVICE_CONTROL_RATE("在职人员控制率"),
    /** 资金到位率 of the key projects = 到位 ÷ 预算安排. */
    FUNDS_ARRIVAL_RATE("资金到位率"),
    /** 资金使用率 of the key projects = 实际使用 ÷ 到位. */
    FUNDS_USAGE_RATE("资金使用率"),
    /** 任务完成率 of the goals' measurable targets = 完成数 ÷ 任务数. */
    COMPLETION_RATE("任务完成率");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The indicator's usual name, e.g. 预决算差异率. */
    public String label() {
        return label;
    }
}
