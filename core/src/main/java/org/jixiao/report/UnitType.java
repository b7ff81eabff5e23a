// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

/** 单位性质: the kind of budget unit. */
public enum UnitType {
    /** 行政单位. */
    ADMINISTRATIVE("行政单位"),
    /** 参照公务员法管理事业单位. */
    CIVIL_SERVICE_MANAGED_INSTITUTION("参照公务员法管理事业单位"),
    /** 事业单位. */
    PUBLIC_INSTITUTION("事业单位"),
    /** 其他单位. */
    OTHER("其他单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
