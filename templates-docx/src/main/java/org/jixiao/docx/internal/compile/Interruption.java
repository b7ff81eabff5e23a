// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.tree.XmlElem;

/**
 * What breaks a marker, named for its author in Chinese and English, with what to do about it.
 *
 * @param zh what it is, in Chinese
 * @param en what it is, in English
 * @param fixZh how to fix it, in Chinese
 * @param fixEn how to fix it, in English
 */
record Interruption(String zh, String en, String fixZh, String fixEn) {

    /** The interruption that element {@code e} (a run child or an inline container) makes. */
    static Interruption of(XmlElem e) {
        return switch (e.local) {
            case "tab", "ptab" -> remove("制表符", "a tab");
            case "br", "cr" -> remove("换行符（Shift+Enter）", "a line break (Shift+Enter)");
            case "ruby" -> remove("拼音指南", "ruby text (phonetic guide)");
            case "drawing", "pict", "object" -> new Interruption(
                    "图片或图形",
                    "a picture or shape",
                    "请把图片或图形移到占位符之外",
                    "move the picture or shape out of the placeholder");
            case "fldChar", "instrText", "fldSimple", "fldData" -> remove("域", "a field");
            case "footnoteReference", "endnoteReference" -> remove("脚注或尾注引用", "a footnote or endnote reference");
            case "sym" -> remove("插入的符号", "an inserted symbol");
            case "hyperlink" -> around("超链接", "a hyperlink");
            case "sdt" -> around("内容控件", "a content control");
            case "customXml" -> around("自定义 XML 标记", "a custom XML element");
            default -> new Interruption(
                    "对象 " + e.qname, "an object " + e.qname, "请把它移到占位符之外", "move it out of the placeholder");
        };
    }

    private static Interruption remove(String zh, String en) {
        return new Interruption(zh, en, "请删除" + zh, "remove the " + en.substring(en.indexOf(' ') + 1));
    }

    private static Interruption around(String zh, String en) {
        return new Interruption(
                zh + "的边界",
                "the edge of " + en,
                "请让" + zh + "包住整个占位符，或者去掉" + zh,
                "let the " + en.substring(en.indexOf(' ') + 1) + " hold the whole placeholder, or remove it");
    }
}
