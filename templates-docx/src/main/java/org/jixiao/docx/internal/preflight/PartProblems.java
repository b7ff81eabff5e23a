// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.XmlEncodingException;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.validation.Problem;

/** Problems with a package part's XML or presence, shared by the pre-flight and {@code DocxText}. */
public final class PartProblems {
    private PartProblems() {}

    /** The problem for a part {@link org.jixiao.docx.internal.tree.TreeReader} or the StAX walk refused. */
    public static Problem of(String part, XmlReadException e) {
        return switch (e.kind()) {
            case DOCTYPE -> doctype(part, e.where());
            case TOO_DEEP -> TemplateProblems.of(
                    "template.xml.too-deep",
                    part,
                    e.where(),
                    "",
                    "XML 嵌套过深，不是正常的 Word 内容；请在 Word 中另存为新的 .docx。",
                    "the XML is nested too deeply to be normal Word content; save the template from Word as a new .docx.");
            case ENCODING -> encoding(part, (XmlEncodingException) e.getCause());
            case MALFORMED -> TemplateProblems.of(
                    "template.xml.malformed",
                    part,
                    e.where(),
                    "",
                    "该部件不是格式正确的 XML，文件已损坏；请在 Word 中打开并另存为 .docx。",
                    "this part is not well-formed XML, the file is damaged; open it in Word and save as .docx.");
        };
    }

    /** An XML part in an encoding Word does not read it in: only UTF-8 and UTF-16 with a byte-order mark are. */
    public static Problem encoding(String part, XmlEncodingException e) {
        return TemplateProblems.of(
                "template.xml.encoding",
                part,
                "",
                e.foundEn(),
                "部件的字符编码不符合要求（" + e.foundZh() + "）：Word 文档的 XML 部件只能用 UTF-8 或带字节序标记（BOM）的 UTF-16；"
                        + "请在 Word 中另存为新的 .docx，并检查模板来源。",
                "the part's encoding is not allowed (" + e.foundEn() + "): the XML parts of a Word document must be"
                        + " UTF-8 or UTF-16 with a byte-order mark; save the template from Word as a new .docx and"
                        + " check where it came from.");
    }

    /** A {@code <!DOCTYPE} in a part: XXE and entity-expansion risk, never written by Word. */
    public static Problem doctype(String part, String where) {
        return TemplateProblems.of(
                "template.doctype",
                part,
                where,
                "<!DOCTYPE",
                "部件含 DOCTYPE 声明（可用于读取服务器文件或耗尽内存），Word 从不写入；请在 Word 中另存为新的 .docx，" + "并检查模板来源。",
                "the part has a DOCTYPE declaration (usable to read server files or exhaust memory), which Word never"
                        + " writes; save the template from Word as a new .docx and check where it came from.");
    }

    /**
     * The package has no main document: {@code part} is {@code _rels/.rels} naming none ({@code root}
     * empty), or the part it names, whose root element {@code root} is not {@code w:document}.
     */
    public static Problem noMainDocument(String part, String root) {
        String zh = root.isEmpty() ? "_rels/.rels 没有指明主文档（officeDocument 关系）" : "主文档的根元素是 " + root + "，不是 w:document";
        String en = root.isEmpty()
                ? "_rels/.rels names no main document (officeDocument relationship)"
                : "the main document's root element is " + root + ", not w:document";
        return TemplateProblems.of(
                "template.package.no-main-document",
                part,
                "",
                "",
                zh + "，这不是有效的 Word 文档；请在 Word 中另存为 .docx。",
                en + ", so this is not a valid Word document; save it from Word as .docx.");
    }

    /** A required part is missing. */
    public static Problem missing(String part) {
        return TemplateProblems.of(
                "template.package.missing-part",
                part,
                "",
                "",
                "缺少必需的部件 " + part + "，这不是有效的 Word 文档；请在 Word 中另存为 .docx。",
                "the required part " + part + " is missing, this is not a valid Word document; save it from Word"
                        + " as .docx.");
    }
}
