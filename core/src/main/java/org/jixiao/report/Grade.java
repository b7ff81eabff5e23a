// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.math.BigDecimal;

/** 评价等级 (财预〔2020〕10号): 优 ≥ 90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt; 60. */
public enum Grade {
    /** 优. */
    EXCELLENT("优", 90),
    /** 良. */
    GOOD("良", 80),
    /** 中. */
    FAIR("中", 60),
    /** 差. */
    POOR("差", 0);

    private final String label;
    private final BigDecimal lowerBound;

    Grade(String label, int lowerBound) {
        this.label = label;
        this.lowerBound = BigDecimal.valueOf(lowerBound);
    }

    /** 优, 良, 中 or 差. */
    public String label() {
        return label;
    }

    /** The grade a score (0–100) earns. */
    public static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(g.lowerBound) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}
