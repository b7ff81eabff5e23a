// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;

/**
 * Words for what Jackson's parser reports in English (syntax errors and exceeded limits): the
 * message is recognised by its stable opening words and rephrased, never passed on.
 */
final class ParserWordings {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\(.*\\(code (\\d+)");

    private ParserWordings() {}

    static Wording syntax(String message) {
        Matcher m = UNEXPECTED_CHAR.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(1));
            if (code == 0xFEFF) {
                return syntaxWording(
                        "此处有多余的字节顺序标记（BOM，U+FEFF）",
                        "there is a stray byte order mark (BOM, U+FEFF) here",
                        "文件开头至多一个 BOM，其他位置的请删除",
                        "at most one BOM may open the file: remove this one");
            }
            String shown = DisplayText.abbreviate(new String(Character.toChars(code)));
            String ch =
                    shown.startsWith("<") || shown.startsWith("\\") ? DisplayText.codePoint(code) : "“" + shown + "”";
            if (message.contains("double-quote to start field name")) {
                return syntaxWording(
                        "此处应是用英文双引号括起的属性名，却是字符 " + ch,
                        "expected a property name in double quotes, found the character " + ch,
                        "属性名要用英文双引号，最后一个属性后面不能有逗号",
                        "put property names in double quotes; no comma after the last property");
            }
            if (message.contains("comma to separate")) {
                return syntaxWording(
                        "此处缺少逗号，却是字符 " + ch,
                        "expected a comma, found the character " + ch,
                        "相邻的值之间要用英文逗号分隔；文本要用英文双引号括起",
                        "separate neighbouring values with commas; put text in double quotes");
            }
            if (message.contains("expecting a colon")) {
                return syntaxWording(
                        "属性名之后缺少冒号，却是字符 " + ch,
                        "expected a colon after the property name, found " + ch,
                        "写作 \"属性名\": 值",
                        "write \"name\": value");
            }
            return syntaxWording(
                    "此处不能出现字符 " + ch,
                    "the character " + ch + " cannot appear here",
                    "检查此处附近的括号、引号和逗号；文本要用英文双引号括起",
                    "check the brackets, quotes and commas near here; put text in double quotes");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return syntaxWording(
                    "文档在中途结束",
                    "the document ends too early",
                    "补全缺少的 }、] 或结束引号",
                    "add the missing }, ] or closing quote");
        }
        if (message.startsWith("Illegal unquoted character")) {
            return syntaxWording(
                    "文本中直接出现了控制字符（如换行或制表符）",
                    "a control character (such as a line break or tab) appears unescaped in text",
                    "换行写作 \\n，制表符写作 \\t",
                    "write a line break as \\n and a tab as \\t");
        }
        if (message.startsWith("Unrecognized character escape")) {
            return syntaxWording(
                    "文本中有无效的转义序列",
                    "the text contains an invalid escape sequence",
                    "反斜杠要写作 \\\\",
                    "write a backslash as \\\\");
        }
        if (message.startsWith("Unrecognized token")) {
            return syntaxWording(
                    "此处有无法识别的内容",
                    "unrecognised content here",
                    "文本要用英文双引号括起；只能用 true、false、null 和数字",
                    "put text in double quotes; only true, false, null and numbers go unquoted");
        }
        if (message.startsWith("Unexpected close marker")) {
            return syntaxWording(
                    "括号不配对",
                    "the brackets do not match",
                    "每个 { 要用 } 结束，每个 [ 要用 ] 结束",
                    "close each { with } and each [ with ]");
        }
        if (message.contains("Leading zeroes")
                || message.startsWith("Invalid numeric value")
                || message.contains("Decimal point not followed by a digit")) {
            return syntaxWording(
                    "数字的写法不对",
                    "the number is malformed",
                    "写作 0、12、4659.17 这样的普通数字（不带多余的前导零）",
                    "write plain numbers such as 0, 12 or 4659.17 (no extra leading zeros)");
        }
        return syntaxWording(
                "不是合法的 JSON",
                "this is not valid JSON",
                "检查此处附近的括号、引号和逗号",
                "check the brackets, quotes and commas near here");
    }

    private static Wording syntaxWording(String whatZh, String whatEn, String fixZh, String fixEn) {
        return new Wording(Wording.SYNTAX, whatZh, whatEn, fixZh, fixEn);
    }

    static Wording tooLarge(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return limit(
                    "嵌套层数超过 " + StrictJsonMapper.MAX_NESTING_DEPTH + " 层的上限",
                    "the nesting is deeper than the limit of " + StrictJsonMapper.MAX_NESTING_DEPTH + " levels",
                    "减少条目的嵌套层数",
                    "nest fewer levels of items");
        }
        if (m.startsWith("String value length")) {
            return limit(
                    String.format(Locale.ROOT, "文本超过 %,d 个字符的上限", StrictJsonMapper.MAX_STRING_LENGTH),
                    String.format(
                            Locale.ROOT,
                            "the text exceeds the limit of %,d characters",
                            StrictJsonMapper.MAX_STRING_LENGTH),
                    "请拆分或缩短这段文本",
                    "split or shorten this text");
        }
        if (m.startsWith("Number value length")) {
            return limit(
                    "数字超过 " + StrictJsonMapper.MAX_NUMBER_LENGTH + " 个字符的上限",
                    "the number exceeds the limit of " + StrictJsonMapper.MAX_NUMBER_LENGTH + " characters",
                    "检查此数字是否填错",
                    "check this number");
        }
        if (m.startsWith("Name length")) {
            return limit(
                    "属性名超过 " + StrictJsonMapper.MAX_NAME_LENGTH + " 个字符的上限",
                    "the property name exceeds the limit of " + StrictJsonMapper.MAX_NAME_LENGTH + " characters",
                    "检查属性名是否填错",
                    "check this property name");
        }
        return limit(
                String.format(Locale.ROOT, "文档超过 %,d 字节的上限", StrictJsonMapper.MAX_DOCUMENT_LENGTH),
                String.format(
                        Locale.ROOT,
                        "the document exceeds the limit of %,d bytes",
                        StrictJsonMapper.MAX_DOCUMENT_LENGTH),
                "请检查是否误传了其他文件",
                "check that this is the right file");
    }

    private static Wording limit(String whatZh, String whatEn, String fixZh, String fixEn) {
        return new Wording(Wording.TOO_LARGE, whatZh, whatEn, fixZh, fixEn);
    }
}
