// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.Locale;
import org.jixiao.Lang;

/** Every sentence the command line prints itself, in Chinese and English; the library's own messages come with it. */
enum Message {
    FILE_NOT_FOUND("找不到文件 %s", "file not found: %s"),
    NOT_A_FILE("%s 是文件夹，不是文件", "%s is a folder, not a file"),
    CANNOT_READ("无法读取 %s：%s", "cannot read %s: %s"),
    MALFORMED("%s：[%s] %s", "%s: [%s] %s"),
    CANNOT_WRITE("无法写入 %s：%s", "cannot write %s: %s"),
    FOLDER_MISSING("文件夹 %s 不存在", "the folder %s does not exist"),
    NOT_A_FOLDER("%s 不是文件夹", "%s is not a folder"),
    ACCESS_DENIED("权限不足", "permission denied"),
    SAME_AS_INPUT("输出文件 %s 就是输入文件，请用 -o 另选文件名", "the output %s is the input file; choose another name with -o"),
    REPORT_INVALID("%s：报告有 %d 个错误，未生成文档：", "%s: the report has %d error(s); no document was written:"),
    TEMPLATE_REJECTED("%s：模板有 %d 个问题，无法使用：", "%s: the template has %d problem(s) and cannot be used:"),
    DATA_MISMATCH(
            "%s：数据与模板不符，共 %d 个问题，未生成文档：",
            "%s: the data does not fit the template, %d problem(s); no document was written:"),
    WROTE("已生成 %s（%d 个警告）", "wrote %s (%d warning(s))"),
    WROTE_PDF("已生成 %s", "wrote %s"),
    WROTE_FIXED("已写入 %s（%d 处修正）", "wrote %s (%d fix(es))"),
    FIXED_FOR_DOCUMENT(
            "文档按 --fix 修正了 %d 处（%s 未改动）：", "--fix corrected %d place(s) for the document (%s is unchanged):"),
    EXPORTED("已导出 %s", "exported %s"),
    PROBLEM_COUNT("%d 个错误，%d 个警告", "%d error(s), %d warning(s)"),
    NO_PROBLEMS("没有发现问题", "no problems found"),
    TEMPLATE_NOT_COMPILED("模板无法编译：%d 个错误", "the template does not compile: %d error(s)"),
    LINT_CLEAN("模板可用：%d 个字段，都在报告数据中", "the template is fine: %d field(s), all in the report data"),
    ERROR("错误", "ERROR"),
    WARNING("警告", "WARNING"),
    PDF_NO_SOFFICE(
            "未生成 PDF：找不到 LibreOffice（PATH 中没有 soffice），.docx 已生成。安装 LibreOffice 后重试：",
            "no PDF: LibreOffice was not found (no soffice on the PATH); the .docx was written. Install LibreOffice and run again:"),
    PDF_INSTALL_DEBIAN(
            "Debian、Ubuntu：sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai",
            "Debian, Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai"),
    PDF_INSTALL_MACOS("macOS：brew install --cask libreoffice", "macOS: brew install --cask libreoffice"),
    PDF_INSTALL_WINDOWS(
            "Windows：从 https://www.libreoffice.org/download/ 安装，并把其 program 文件夹加入 PATH",
            "Windows: install from https://www.libreoffice.org/download/ and add its program folder to the PATH"),
    PDF_FAILED("未生成 PDF：LibreOffice 转换 %s 失败（%s）", "no PDF: LibreOffice failed to convert %s (%s)"),
    PDF_TIMEOUT(
            "未生成 PDF：LibreOffice 在 %2$d 秒内未完成 %1$s 的转换",
            "no PDF: LibreOffice did not convert %1$s within %2$d seconds"),
    WROTE_PAGES("已生成 %d 页图片：%s", "wrote %d page image(s): %s"),
    PNG_NO_PDFTOPPM(
            "未生成页面图片：找不到 pdftoppm（PATH 中没有，它属于 poppler）。安装后重试：",
            "no page images: pdftoppm was not found on the PATH (it comes with poppler). Install it and run again:"),
    PNG_INSTALL_DEBIAN(
            "Debian、Ubuntu：sudo apt-get install poppler-utils", "Debian, Ubuntu: sudo apt-get install poppler-utils"),
    PNG_INSTALL_MACOS("macOS：brew install poppler", "macOS: brew install poppler"),
    PNG_INSTALL_WINDOWS(
            "Windows：安装 poppler（例如 scoop install poppler），并把其 bin 文件夹加入 PATH",
            "Windows: install poppler (e.g. scoop install poppler) and add its bin folder to the PATH"),
    PNG_FAILED("未生成页面图片：pdftoppm 处理 %s 失败（%s）", "no page images: pdftoppm failed on %s (%s)"),
    PNG_TIMEOUT(
            "未生成页面图片：pdftoppm 在 %2$d 秒内未处理完 %1$s", "no page images: pdftoppm did not finish %1$s within %2$d seconds"),
    BATCH_NO_JSON("文件夹 %s 中没有 *.json 文件", "the folder %s holds no *.json file"),
    BATCH_BAD_THREADS("--threads 应为 1 到 %d 之间的整数，实际是 %d", "--threads must be a whole number from 1 to %d, not %d"),
    BATCH_HEAD_FILE("文件", "file"),
    BATCH_HEAD_STATUS("结果", "status"),
    BATCH_HEAD_WARNINGS("警告", "warnings"),
    BATCH_HEAD_ERRORS("错误", "errors"),
    BATCH_HEAD_MILLIS("毫秒", "ms"),
    BATCH_TOTAL("共 %d 个文件：%d 个已生成，%d 个失败", "%d file(s): %d written, %d failed"),
    BATCH_REASONS("失败原因：", "why they failed:"),
    BATCH_FIRST_ERROR("报告有 %d 个错误，第一个：%s [%s] %s", "the report has %d error(s), the first: %s [%s] %s"),
    STATUS_OK("已生成", "ok"),
    STATUS_WARNINGS("已生成，有警告", "ok, warnings"),
    STATUS_INVALID("报告有错误", "report has errors"),
    STATUS_UNREADABLE("无法读取", "unreadable"),
    STATUS_UNWRITABLE("无法写入", "unwritable"),
    STATUS_FAILED("失败", "failed"),
    USAGE_HINT("用 “%s --help” 查看用法", "try '%s --help' for usage"),
    OUTLINE_DEFAULT("（默认）", " (default)"),
    OUTLINE_UNKNOWN("没有大纲 %s；可用的大纲：%s", "no outline %s; known outlines: %s"),
    OUTLINE_SOURCE("依据：%s", "source: %s"),
    OUTLINE_TITLE("标题：%s", "title: %s"),
    OUTLINE_COVER("封面：%s", "cover: %s"),
    OUTLINE_ATTACHMENTS("附件：%s", "attachments: %s"),
    OUTLINE_REQUIRED("必填", "required"),
    OUTLINE_OPTIONAL("可选", "optional"),
    INTERNAL("内部错误：%s（加 --debug 运行可查看详情）", "internal error: %s (run with --debug for details)"),
    OUT_OF_MEMORY(
            "内存不足：Java 最多可用 %d MiB，不够完成这次运行。请给 Java 更多内存（如设置环境变量 JAVA_TOOL_OPTIONS=-Xmx2g）后重试；"
                    + "batch 也可减少 --threads",
            "out of memory: Java may use at most %d MiB, too little for this run. Give it more (e.g. set the"
                    + " environment variable JAVA_TOOL_OPTIONS=-Xmx2g) and run again; for batch, fewer --threads"
                    + " also help");

    private final String zh;
    private final String en;

    Message(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The sentence in {@code lang}, with {@code args} put in its {@code %s} and {@code %d}. */
    String format(Lang lang, Object... args) {
        return String.format(Locale.ROOT, lang == Lang.EN ? en : zh, args);
    }
}
