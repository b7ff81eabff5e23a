// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Locale;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/** Problems for active content: macros, ActiveX controls, OLE objects and alternative-format chunks. */
final class ActiveContent {
    private ActiveContent() {}

    static Problem macro(String part, String location, String snippet) {
        return TemplateProblems.of(
                "template.macro",
                part,
                location,
                snippet,
                "模板含宏（VBA），不允许使用；请在 Word 中另存为「Word 文档 (*.docx)」（不启用宏）。",
                "the template contains macros (VBA), which are not allowed; save it from Word as \"Word Document"
                        + " (*.docx)\" (not macro-enabled).");
    }

    static Problem activeX(String part, String location, String snippet) {
        return TemplateProblems.of(
                "template.activex",
                part,
                location,
                snippet,
                "模板含 ActiveX 控件，不允许使用；请在 Word「开发工具」中删除该控件后重新保存。",
                "the template contains an ActiveX control, which is not allowed; delete the control (Developer tab)"
                        + " and save again.");
    }

    static Problem ole(String part, String location, String snippet) {
        return TemplateProblems.of(
                "template.ole",
                part,
                location,
                snippet,
                "模板含嵌入的 OLE 对象，不允许使用；请在 Word 中删除该对象，需要时改为插入图片后重新保存。",
                "the template contains an embedded OLE object, which is not allowed; delete the object in Word (insert"
                        + " a picture instead if needed) and save again.");
    }

    static Problem altChunk(String part, String location, String snippet) {
        return TemplateProblems.of(
                "template.altchunk",
                part,
                location,
                snippet,
                "模板含外部格式片段（altChunk，如嵌入的 HTML/RTF），不允许使用；请在 Word 中打开并另存为新的 .docx，" + "使其转换为普通内容。",
                "the template contains an alternative-format chunk (altChunk, e.g. embedded HTML/RTF), which is not"
                        + " allowed; open it in Word and save as a new .docx so it becomes ordinary content.");
    }

    /** Problems an entry's name alone reveals; null when the name is harmless. */
    static Problem byName(ZipPart p) {
        String n = p.name().toLowerCase(Locale.ROOT);
        String at = "entry " + p.index();
        if (n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml")) {
            return macro(p.name(), at, "");
        }
        if (n.startsWith("word/activex/")) {
            return activeX(p.name(), at, "");
        }
        if (n.startsWith("word/embeddings/") && (n.endsWith(".bin") || n.contains("oleobject"))) {
            return ole(p.name(), at, "");
        }
        return null;
    }
}
