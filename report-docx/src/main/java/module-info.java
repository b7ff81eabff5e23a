// SPDX-License-Identifier: Apache-2.0
/** The report as a Word document: {@code Reports}, the official templates and the data tree templates see. */
module org.jixiao.report.docx {
    requires transitive org.jixiao.core;
    requires transitive org.jixiao.docx;
    requires com.fasterxml.jackson.databind;

    exports org.jixiao.report.docx;
}
