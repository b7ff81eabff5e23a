// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.util.Collection;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * poi-tl's row loop ({@link LoopRowTableRenderPolicy}, tag on the template row itself) plus what an OA
 * team writes by hand for jixiao's {@code |merge}: after the loop, a cell of a merge column continues
 * the cell above ({@code w:vMerge}) when its text equals the row above's and every merge column to its
 * left continued too; a continued cell keeps one empty paragraph. poi-tl has no built-in merge of
 * looped rows (poi-tl#910).
 *
 * <p>Stateless, so one instance serves every thread.
 */
final class MergingLoopRowPolicy extends LoopRowTableRenderPolicy {
    private final int[] mergeColumns;

    MergingLoopRowPolicy(int[] mergeColumns) {
        super(/* onSameLine= */ true);
        this.mergeColumns = mergeColumns.clone();
    }

    @Override
    public void render(ElementTemplate eleTemplate, Object data, XWPFTemplate template) {
        XWPFTableCell tagCell = (XWPFTableCell)
                ((XWPFParagraph) ((RunTemplate) eleTemplate).getRun().getParent()).getBody();
        XWPFTable table = tagCell.getTableRow().getTable();
        int firstRow = table.getRows().indexOf(tagCell.getTableRow());
        super.render(eleTemplate, data, template);
        if (mergeColumns.length > 0 && data instanceof Collection<?> rows && !rows.isEmpty()) {
            merge(table, firstRow, firstRow + rows.size());
        }
    }

    private void merge(XWPFTable table, int from, int to) {
        boolean[] continuesLeft = new boolean[to];
        for (int r = from; r < to; r++) {
            continuesLeft[r] = r > from;
        }
        for (int col : mergeColumns) {
            String above = null;
            for (int r = from; r < to; r++) {
                XWPFTableCell cell = table.getRow(r).getCell(col);
                String text = cell.getText();
                boolean continues = continuesLeft[r] && text.equals(above);
                CTTcPr tcPr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                tcPr.addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
                if (continues) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        PoiTlTemplate.setText(p, "");
                    }
                }
                continuesLeft[r] = continues;
                above = text;
            }
        }
    }
}
