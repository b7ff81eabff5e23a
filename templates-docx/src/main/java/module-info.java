// SPDX-License-Identifier: Apache-2.0
/**
 * The generic .docx template engine: {@code org.jixiao.docx} is its API; every internal package stays inside, but
 * for the qualified exports jixiao's own modules need.
 */
module org.jixiao.docx {
    // TemplateException and its kin extend JixiaoException and speak Lang
    requires transitive org.jixiao.core;
    requires com.fasterxml.jackson.databind;
    requires java.xml;

    exports org.jixiao.docx;
    // report-docx ships templates compiled at build time, packed deterministically
    exports org.jixiao.docx.internal.engine to
            org.jixiao.report.docx;
    exports org.jixiao.docx.internal.zip to
            org.jixiao.report.docx;
    // canonical text reads a package with the engine's bounded reader and XML tree
    exports org.jixiao.docx.internal.load to
            org.jixiao.testing.docx;
    exports org.jixiao.docx.internal.preflight to
            org.jixiao.testing.docx;
    exports org.jixiao.docx.internal.tree to
            org.jixiao.testing.docx;
    exports org.jixiao.docx.internal.xml to
            org.jixiao.testing.docx;
}
