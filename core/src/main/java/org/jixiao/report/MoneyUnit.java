// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.math.BigDecimal;

/** 金额单位: the unit an amount of money is stated in. */
public enum MoneyUnit {
    /** 元. */
    YUAN("元", BigDecimal.ONE),
    /** 万元 (10 000 元), the unit of most budget figures. */
    TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuanPerUnit;

    MoneyUnit(String label, BigDecimal yuanPerUnit) {
        this.label = label;
        this.yuanPerUnit = yuanPerUnit;
    }

    /** The unit as printed after an amount: 元 or 万元. */
    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal yuanPerUnit() {
        return yuanPerUnit;
    }
}
