// SPDX-License-Identifier: Apache-2.0
/** Test-scope helper for golden-file tests: {@code DocxText}, the canonical text of a .docx. */
module org.jixiao.testing.docx {
    // DocxText.canonical throws the engine's TemplateException
    requires transitive org.jixiao.docx;
    requires java.xml;

    exports org.jixiao.testing.docx;
}
