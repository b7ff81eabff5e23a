// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jixiao.validation.constraints.RowsFitHeader;

/**
 * 表格: a table of the unit's own, with a header row and text cells, printed with equal column
 * widths. At most {@value #MAX_COLUMNS} columns; every row has as many cells as the header.
 *
 * @param caption 表题, e.g. 表3  2022年度“三公”经费支出情况 (optional)
 * @param header the header cells
 * @param rows the body rows
 */
@RowsFitHeader
public record Table(
        String caption,
        @NotEmpty @Size(max = MAX_COLUMNS) List<@NotNull String> header,
        List<@NotNull List<@NotNull String>> rows) {

    /** The most columns a table may have. */
    public static final int MAX_COLUMNS = 8;

    public Table {
        header = Lists.copy(header);
        rows = rows == null ? List.of() : rows.stream().map(Lists::copy).toList();
    }
}
