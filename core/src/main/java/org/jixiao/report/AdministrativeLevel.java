// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

/** 预算级次: the administrative level of the budget, which names the sealing label. */
public enum AdministrativeLevel {
    /** 省级. */
    PROVINCIAL("省级"),
    /** 市级. */
    MUNICIPAL("市级"),
    /** 县级. */
    COUNTY("县级"),
    /** 区级. */
    DISTRICT("区级");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    /** 区级, 市级, …. */
    public String label() {
        return label;
    }

    /** The cover label, e.g. {@code 区级预算部门单位（公章）}. */
    public String sealLabel() {
        return label + "预算部门单位（公章）";
    }
}
