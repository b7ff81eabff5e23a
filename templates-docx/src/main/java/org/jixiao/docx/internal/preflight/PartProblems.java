// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import org.jixiao.docx.TemplateProblem;
import org.jixiao.docx.internal.xml.XmlReadException;

/** Problems with a package part's XML or presence, shared by the pre-flight and {@code DocxText}. */
public final class PartProblems {
    private PartProblems() {}

    /** The problem for a part {@link org.jixiao.docx.internal.xml.XmlTree} or the StAX walk refused. */
    public static TemplateProblem of(String part, XmlReadException e) {
        return switch (e.kind()) {
            case DOCTYPE -> doctype(part, e.where());
            case TOO_DEEP -> new TemplateProblem(
                    "template.xml.too-deep",
                    part,
                    e.where(),
                    "",
                    "XML 嵌套过深，不是正常的 Word 内容；请在 Word 中另存为新的 .docx。",
                    "the XML is nested too deeply to be normal Word content; save the template from Word as a new .docx.");
            case MALFORMED -> new TemplateProblem(
                    "template.xml.malformed",
                    part,
                    e.where(),
                    "",
                    "该部件不是格式正确的 XML，文件已损坏；请在 Word 中打开并另存为 .docx。",
                    "this part is not well-formed XML, the file is damaged; open it in Word and save as .docx.");
        };
    }

    /** A {@code <!DOCTYPE} in a part: XXE and entity-expansion risk, never written by Word. */
    public static TemplateProblem doctype(String part, String where) {
        return new TemplateProblem(
                "template.doctype",
                part,
                where,
                "<!DOCTYPE",
                "部件含 DOCTYPE 声明（可用于读取服务器文件或耗尽内存），Word 从不写入；请在 Word 中另存为新的 .docx，" + "并检查模板来源。",
                "the part has a DOCTYPE declaration (usable to read server files or exhaust memory), which Word never"
                        + " writes; save the template from Word as a new .docx and check where it came from.");
    }

    /** A required part is missing. */
    public static TemplateProblem missing(String part) {
        return new TemplateProblem(
                "template.package.missing-part",
                part,
                "",
                "",
                "缺少必需的部件 " + part + "，这不是有效的 Word 文档；请在 Word 中另存为 .docx。",
                "the required part " + part + " is missing, this is not a valid Word document; save it from Word"
                        + " as .docx.");
    }
}
