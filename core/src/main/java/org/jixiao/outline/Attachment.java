// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

/** 附件: an attachment the document can carry on pages of its own, computed from the report. */
public enum Attachment {
    /** 部门整体支出绩效自评表（评分表）: the score sheet. */
    SCORE_SHEET("/scoreSheet", "部门整体支出绩效自评表（评分表）"),
    /** 部门整体支出绩效自评数据表: the data sheet, derived from the report. */
    DATA_SHEET("/expenditure", "部门整体支出绩效自评数据表");

    private final String dataPath;
    private final String title;

    Attachment(String dataPath, String title) {
        this.dataPath = dataPath;
        this.title = title;
    }

    /** JSON Pointer of the report data the attachment needs. */
    public String dataPath() {
        return dataPath;
    }

    /** The attachment's title as listed after 附件： and printed on its page. */
    public String title() {
        return title;
    }
}
