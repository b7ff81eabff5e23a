// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

/** 封面行: a line of the cover block under the title, printed only when its data is present. */
public enum CoverLine {
    /** 评价年度：2022年度. */
    EVALUATION_YEAR("/cover/evaluationYear", "评价年度", "evaluation year"),
    /** 评价单位：…本级及…. */
    EVALUATED_UNITS("/cover/evaluatedUnits", "评价单位", "evaluated units"),
    /** 区级预算部门单位（公章）：…. */
    SEAL("/cover/sealingUnit", "预算部门单位（公章）", "sealing unit"),
    /** 填报日期：2023年5月7日. */
    FILLING_DATE("/cover/fillingDate", "填报日期", "filling date"),
    /** The report's further cover dates (评价时间 …), each with its own label. */
    OTHER_DATES("/cover/dates", "其他日期", "other dates");

    private final String dataPath;
    private final String labelZh;
    private final String labelEn;

    CoverLine(String dataPath, String labelZh, String labelEn) {
        this.dataPath = dataPath;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** JSON Pointer of the report data the line prints. */
    public String dataPath() {
        return dataPath;
    }

    /** The line's label, in Chinese. */
    public String labelZh() {
        return labelZh;
    }

    /** The line's label, in English. */
    public String labelEn() {
        return labelEn;
    }
}
