// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

/** 文种: what kind of report the document is; it ends the default title. */
public enum DocumentType {
    /** 自评报告. */
    SELF_EVALUATION_REPORT("自评报告"),
    /** 核查报告. */
    VERIFICATION_REPORT("核查报告"),
    /** 评价报告. */
    EVALUATION_REPORT("评价报告");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** 自评报告, 核查报告 or 评价报告. */
    public String label() {
        return label;
    }
}
