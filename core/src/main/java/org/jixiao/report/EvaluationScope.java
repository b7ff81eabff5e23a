// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

/** 评价范围: which parts of a unit an evaluation covers. */
public enum EvaluationScope {
    /** 本级. */
    UNIT_ONLY("本级"),
    /** 本级及下属单位. */
    UNIT_AND_SUBORDINATES("本级及下属单位"),
    /** 本级及非独立核算的下属单位. */
    UNIT_AND_NON_INDEPENDENT_SUBORDINATES("本级及非独立核算的下属单位");

    private final String wording;

    EvaluationScope(String wording) {
        this.wording = wording;
    }

    /** The words printed after the unit's name. */
    public String wording() {
        return wording;
    }
}
