// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import java.util.Objects;
import org.jixiao.validation.ValidationResult;

/**
 * A report rendered: the document's bytes, produced once, and what validation found.
 *
 * @param docx the .docx bytes; the array is not copied, and belongs to whoever holds this record
 * @param result the validation result: warnings only, since a report with errors is not rendered
 * @since 0.2.0
 */
public record ReportDocument(byte[] docx, ValidationResult result) {

    public ReportDocument {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(result, "result");
    }
}
