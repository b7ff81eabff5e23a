// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.TemplateProblem;

/** The template problems the compiler and the lint report: stable codes and their messages. */
public final class Problems {
    private Problems() {}

    /** Problem codes with their Chinese and English message; {@code {0}} is the argument. */
    public enum Code {
        PACKAGE_TOO_LARGE(
                "template.package.too-large", "模板文件超过 {0} 字节的上限。", "the template exceeds the limit of {0} bytes."),
        PACKAGE_UNREADABLE(
                "template.package.unreadable",
                "无法作为 Word 文档（.docx）读取：{0}。",
                "cannot be read as a Word document (.docx): {1}."),
        PART_UNREADABLE(
                "template.part.unreadable",
                "无法读取该部件：{0}。请在 Word 中打开模板，另存为 .docx 后再试。",
                "this part cannot be read: {1}. Open the template in Word, save it again as .docx and try again."),
        PLACEHOLDER_UNTERMINATED(
                "template.placeholder.unterminated",
                "“{{”之后缺少“}}”。请补全占位符。",
                "\"{{\" has no matching \"}}\"; complete the placeholder."),
        PLACEHOLDER_EMPTY(
                "template.placeholder.empty",
                "占位符为空。请写出字段路径，如 {{unit.name}}。",
                "the placeholder is empty; write a field path such as {{unit.name}}."),
        PLACEHOLDER_MALFORMED(
                "template.placeholder.malformed",
                "占位符 {0} 写法不正确：路径由字段名和“.”组成（如 unit.name），区段标记和序号之外不带其他符号。",
                "malformed placeholder {0}: a path is field names joined by \".\" (like unit.name), and section "
                        + "markers take no format."),
        PLACEHOLDER_INTERRUPTED(
                "template.placeholder.interrupted",
                "占位符中间夹有{0}，占位符因此断开，不会被替换。{2}，使占位符成为连续的文字。",
                "the placeholder contains {1}, which breaks it, so it would not be replaced; {3} so that the"
                        + " placeholder is continuous text."),
        PLACEHOLDER_UNSUPPORTED_PLACE(
                "template.placeholder.unsupported-place",
                "占位符 {0} 在{1}中，那里的文字不会被替换，会原样输出。请把它移到正文文字中，或删除它。",
                "the placeholder {0} is in {2}, where nothing is replaced, so it would be printed as is; move it"
                        + " into the text of the document, or delete it."),
        PLACEHOLDER_TRACKED(
                "template.placeholder.tracked-change",
                "占位符 {0} 在修订（插入、删除或移动）中，其结果取决于接受还是拒绝修订。请先在 Word 中接受或拒绝修订（审阅 › 接受/拒绝），再使用模板。",
                "the placeholder {0} is inside a tracked change (insertion, deletion or move), so what it becomes"
                        + " depends on accepting or rejecting it; accept or reject the tracked changes in Word first"
                        + " (Review › Accept/Reject)."),
        FULL_WIDTH_BRACES(
                "template.placeholder.full-width-braces",
                "（警告）{0} 用的是全角花括号，不是占位符，会原样输出。如果它是占位符，请改用半角花括号 {{…}}（把输入法切换到半角标点）。",
                "(warning) {0} is typed with full-width braces, so it is not a placeholder and is printed as is; if it"
                        + " is meant as one, type half-width braces {{…}} (switch the input method to half-width"
                        + " punctuation)."),
        COMMENTS_REMOVED(
                "template.comments.removed",
                "（警告）模板中的 {0} 条批注不会出现在生成的文档中：批注是写给编辑模板的人看的说明，不属于报告，其中的文字也不会被替换。",
                "(warning) the template's {0} comment(s) are left out of every document rendered from it: comments"
                        + " are notes for whoever edits the template, not part of the report, and nothing in them is"
                        + " replaced."),
        FORMATTER_UNKNOWN("template.formatter.unknown", "未知的格式“{0}”。可用：{1}", "unknown format \"{0}\"; available: {1}"),
        FORMATTER_MULTIPLE(
                "template.formatter.multiple",
                "一个占位符只能有一个格式；|image 和 |link 不能与其他选项同用。",
                "a placeholder takes at most one format, and |image or |link no other option."),
        LINK_IN_HYPERLINK(
                "template.placeholder.link-in-hyperlink",
                "链接占位符 {0} 在模板的一个超链接里，超链接不能嵌套。请删除外面的超链接（右键 › 取消超链接），或把占位符移到它外面。",
                "the link placeholder {0} is inside a hyperlink of the template, and hyperlinks do not nest; remove"
                        + " that hyperlink (right-click › Remove Hyperlink) or move the placeholder out of it."),
        SECTION_UNCLOSED(
                "template.section.unclosed", "区段 {0} 没有结束标记 {{/{1}}}。", "section {0} has no closing marker {{/{1}}}."),
        SECTION_UNOPENED(
                "template.section.unopened",
                "结束标记 {0} 前面没有对应的开始标记。",
                "closing marker {0} has no opening marker before it."),
        SECTION_MISMATCHED(
                "template.section.mismatched",
                "结束标记 {0} 与最近打开的区段 {1} 不匹配；区段须逐层嵌套。",
                "closing marker {0} does not match the innermost open section {1}; sections must nest."),
        SECTION_CROSSES(
                "template.section.crosses-boundary",
                "区段 {0}（开始于 {1}）的开始和结束不在同一层级：{2}",
                "section {0} (opened at {1}) does not close at the level it opens at: {3}"),
        ROW_SECTION_SPANS_ROWS(
                "template.row-section.spans-rows",
                "表格行区段 {0} 的开始和结束在不同的行；请把开始标记放在该行第一个单元格开头、结束标记放在同一行最后一个单元格末尾。",
                "table-row section {0} opens and closes in different rows; put the opening marker at the start "
                        + "of the row's first cell and the closing marker at the end of the same row's last cell."),
        NUMBER_OUTSIDE_LOOP(
                "template.number.outside-loop",
                "序号 {0} 只能用在循环 {{#…}} 之内。",
                "the item number {0} can only be used inside a loop {{#…}}."),
        ITEM_OUTSIDE_LOOP(
                "template.item.outside-loop",
                "{0} 表示当前循环项，只能用在循环 {{#…}} 之内。",
                "{0} stands for the current loop item and can only be used inside a loop {{#…}}."),
        LOOP_TOO_DEEP(
                "template.limit.loop-depth",
                "循环嵌套超过 {0} 层：{1} 在第 {2} 层。循环里再循环（尤其是同一列表）会使生成的工作量成倍增长；请减少嵌套，确有需要时编译模板时用"
                        + " RenderLimits 放宽 maxLoopDepth。",
                "loops are nested more than {0} deep: {1} is at depth {2}. Each loop inside a loop (above all over the"
                        + " same list) multiplies the work of a render; nest fewer loops, or if the depth is really"
                        + " needed, compile the template with a higher RenderLimits.maxLoopDepth."),
        MERGE_OUTSIDE_ROW_LOOP(
                "template.merge.outside-row-loop",
                "“|merge”（纵向合并）只能用在循环的表格行中。",
                "\"|merge\" (vertical merge) can only be used in a repeated table row."),
        LINT_SCHEMA_INVALID("lint.schema.invalid", "无法读取 JSON Schema：{0}", "cannot read the JSON Schema: {0}"),
        LINT_UNKNOWN_PATH("lint.path.unknown", "数据模型中没有字段 {0}。", "the data model has no field {0}."),
        LINT_NOT_A_LIST(
                "lint.loop.not-a-list", "循环 {0} 的字段不是列表（数组）。", "loop {0} is over a field that is not a list (array)."),
        LINT_NOT_TEXT(
                "lint.value.not-scalar",
                "字段 {0} 是对象、列表或真假值，不能直接作为文字输出（字符串列表须独占一个段落；真假值用于 {{?…}}）。",
                "field {0} is an object, a list or a boolean and cannot be written as text (a list of strings needs "
                        + "a paragraph of its own; booleans belong in {{?…}})."),
        LINT_FORMAT_TYPE(
                "lint.formatter.wrong-type",
                "格式“{0}”需要 {1} 类型的值，而字段 {2} 的类型是 {3}。",
                "format \"{0}\" needs a value of type {1} but field {2} is {3}."),
        LINT_REQUIRED_NOT_PLACED(
                "lint.required.not-placed",
                "（警告）必填字段 {0} 在模板中没有出现。",
                "(warning) required field {0} is not placed in the template.");

        private final String id;
        private final String zh;
        private final String en;

        Code(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        public String id() {
            return id;
        }

        /** A problem with this code; {@code args} replace {@code {0}}, {@code {1}}, … in order. */
        public TemplateProblem at(String part, String location, String snippet, String... args) {
            return new TemplateProblem(id, part, location, snippet, fill(zh, args), fill(en, args));
        }
    }

    /** {@link Code#PART_UNREADABLE} for part {@code part}, which is not well-formed XML ({@code detail}). */
    public static TemplateProblem notWellFormed(String part, String detail) {
        return Code.PART_UNREADABLE.at(
                part, "", "", "它不是格式正确的 XML（" + detail + "）", "it is not well-formed XML (" + detail + ")");
    }

    /** Replaces {@code {i}} by {@code args[i]} in one pass: no MessageFormat, no locale, no quoting. */
    public static String fill(String template, String... args) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                int n = template.charAt(i + 1) - '0';
                if (n >= 0 && n < args.length) {
                    sb.append(args[n]);
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
