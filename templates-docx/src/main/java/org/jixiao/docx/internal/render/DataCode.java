// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import org.jixiao.docx.DataProblem;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.plan.Loc;

/** Codes and messages of the problems a render finds in its data; {@code {0}} is the argument. */
enum DataCode {
    MISSING(
            "data.value.missing",
            "缺少 {0} 的值。请提供该值，或在模板中用 {{?…}}…{{/…}} 把它标为可选。",
            "no value for {0}; provide it, or make it optional in the template with {{?…}}…{{/…}}."),
    WRONG_TYPE("data.value.wrong-type", "{0} 的值是 {1}，而格式“{2}”需要 {3}。", "{0} is {1} but the format \"{2}\" needs {3}."),
    NOT_TEXT("data.value.not-text", "{0} 的值是 {1}，不能作为文字输出。", "{0} is {1}, which cannot be written as text."),
    NOT_A_LIST("data.loop.not-a-list", "循环 {0} 的值是 {1}，应为列表。", "loop {0} is over {1}; it needs a list."),
    FLOATING_POINT(
            "data.type.floating-point",
            "{0} 是浮点数（{1}）；金额和比率请用 BigDecimal，整数用 Integer 或 Long。",
            "{0} is a floating-point number ({1}); use BigDecimal for amounts and rates, Integer or Long for counts."),
    UNSUPPORTED(
            "data.type.unsupported",
            "{0} 的类型 {1} 不受支持；可用 Map、List、String、BigDecimal、Integer、Long、Boolean、LocalDate、Image、Link。",
            "{0} has the unsupported type {1}; use Map, List, String, BigDecimal, Integer, Long, Boolean, LocalDate,"
                    + " Image or Link."),
    KEY_NOT_STRING("data.type.key-not-string", "{0} 中有非字符串的键。", "{0} has a key that is not a string."),
    ILLEGAL_CHARACTER(
            "data.text.illegal-character",
            "{0} 在码位偏移 {1}（从 0 起）处有字符 U+{2}，Word 文档不能容纳（控制字符、U+FFFE/U+FFFF 或孤立代理项）。请删除它。",
            "{0} has U+{2} at code-point offset {1} (0-based), which a Word document cannot hold (a control "
                    + "character, U+FFFE/U+FFFF or a lone surrogate); remove it."),
    TOO_DEEP(
            "data.tree.too-deep",
            "{0} 处的数据嵌套超过 {1} 层（或存在循环引用）。",
            "the data at {0} is nested deeper than {1} levels (or refers to itself)."),
    LOOP_DEPTH(
            "data.limit.loop-depth",
            "循环 {0} 嵌套超过 {1} 层，生成已停止。请减少模板的循环嵌套，或编译模板时用 RenderLimits 放宽 maxLoopDepth。",
            "the loop {0} is nested more than {1} deep, so the render stopped; nest fewer loops in the template, or"
                    + " compile it with a higher RenderLimits.maxLoopDepth."),
    ITERATIONS(
            "data.limit.iterations",
            "在循环 {0} 处，本次生成经过的循环项超过 {1} 个上限，生成已停止：模板的循环可能嵌套过多（循环里再循环同一列表会成倍增长），或数据过多。"
                    + "请简化模板；确有需要时，编译模板时用 RenderLimits 放宽 maxIterations。",
            "at the loop {0} the render went through more than {1} loop items, so it stopped: the template may nest"
                    + " loops too much (a loop inside a loop over the same list multiplies the work) or the data is"
                    + " very large. Simplify the template, or if it is really needed, compile it with a higher"
                    + " RenderLimits.maxIterations."),
    OUTPUT_SIZE(
            "data.limit.output-size",
            "在 {0} 处，本次生成的文档内容超过 {1} 字节的上限，生成已停止：模板的循环可能重复了过多内容，或数据过多。"
                    + "请简化模板；确有需要时，编译模板时用 RenderLimits 放宽 maxOutputBytes。",
            "at {0} the render wrote more than {1} bytes of document content, so it stopped: the template's loops"
                    + " may repeat too much content or the data is very large. Simplify the template, or if it is"
                    + " really needed, compile it with a higher RenderLimits.maxOutputBytes."),
    IMAGE_UNSUPPORTED(
            "data.image.unsupported",
            "{0} 不是 PNG 或 JPEG 图片（开头的字节为 {1}）。请提供 PNG 或 JPEG 文件，例如把图表导出为 PNG。",
            "{0} is not a PNG or JPEG picture (its first bytes are {1}); give a PNG or JPEG file, e.g. export the"
                    + " chart as PNG."),
    LINK_REFUSED(
            "data.link.refused",
            "{0} 的链接地址“{1}”不能使用：{2}。只允许以 http://、https:// 或 mailto: 开头的完整地址。",
            "the link address \"{1}\" of {0} is refused: {2}. Only whole http://, https:// and mailto: addresses are"
                    + " allowed."),
    FORMAT_FAILED("data.value.format-failed", "无法用格式“{1}”输出 {0}：{2}", "cannot write {0} with the format \"{1}\": {2}."),
    TOO_MANY("data.problems.truncated", "问题过多，只列出前 {0} 个。", "too many problems; only the first {0} are listed.");

    private final String id;
    private final String zh;
    private final String en;

    DataCode(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    /** A word that differs by language, as a message argument. */
    record Bi(String zh, String en) {}

    /** A problem; each argument is a String or a {@link Bi}. */
    DataProblem at(String path, Loc loc, Object... args) {
        String[] z = new String[args.length];
        String[] e = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            z[i] = args[i] instanceof Bi b ? b.zh() : String.valueOf(args[i]);
            e[i] = args[i] instanceof Bi b ? b.en() : String.valueOf(args[i]);
        }
        return new DataProblem(
                id,
                path,
                loc == null ? "" : loc.part(),
                loc == null ? "" : loc.location(),
                Problems.fill(zh, z),
                Problems.fill(en, e));
    }
}
