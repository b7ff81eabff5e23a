// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

/** Every compile error: stable code, part, location, snippet, Chinese and English message. */
class CompileErrorsTest {
    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("unknown formatter", p("金额：{{a|money}}"));
        CASES.put("two formatters", p("{{a|amount|percent}}"));
        CASES.put("unclosed section", p("{{#items}}") + p("{{name}}"));
        CASES.put("unopened section", p("x") + p("{{/items}}"));
        CASES.put("mismatched sections", p("{{#a}}") + p("{{#b}}") + p("{{/a}}") + p("{{/b}}"));
        CASES.put("number outside a loop", p("{{@n|一、}}标题"));
        CASES.put("unknown numbering style", p("{{#l}}{{@n|i.}}{{/l}}"));
        CASES.put("item outside a loop", p("{{.}}"));
        CASES.put("empty placeholder", p("前{{ }}后"));
        CASES.put("malformed path", p("{{a b}} {{a..b}} {{#a|amount}} {{7*7}}"));
        CASES.put("opening braces never closed", p("前{{unit.name 后"));
        CASES.put("placeholder interrupted by a tab", "<w:p>" + r("{{a") + "<w:r><w:tab/></w:r>" + r("}}") + "</w:p>");
        CASES.put("row section over two rows", table(row("{{#rows}}a", "b"), row("c", "d{{/rows}}")));
        CASES.put("section splitting a table", p("{{#a}}") + table(row("x{{/a}}")));
        CASES.put("section crossing a cell", table(row("{{?a}}x", "y", "z"), row("{{/a}}", "w")));
        CASES.put("inline section closed in another paragraph", p("前{{?a}}中") + p("后{{/a}}"));
        CASES.put(
                "inline section crossing a content control",
                "<w:p>" + r("这是") + "<w:sdt><w:sdtContent>" + r("{{?a}}可选") + "</w:sdtContent></w:sdt>" + r("的{{/a}}文字")
                        + "</w:p>");
        CASES.put(
                "link placeholder inside a hyperlink",
                "<w:p><w:hyperlink w:anchor=\"top\">" + r("{{site|link}}") + "</w:hyperlink></w:p>");
        CASES.put("image or link with another option", p("{{chart|image|amount}}{{site|merge|link}}"));
        CASES.put("merge outside a repeated row", p("{{a|merge}}") + table(row("{{b|merge}}")));
        CASES.put("header", p("ok"));
    }

    @Test
    void eachErrorIsReportedWithCodePartLocationAndBothLanguages() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> c : CASES.entrySet()) {
            byte[] docx =
                    c.getKey().equals("header") ? docx(c.getValue(), p("{{#x}}页眉"), p("{{/y}}")) : docx(c.getValue());
            TemplateException e = assertThrows(TemplateException.class, () -> compile(docx), c.getKey());
            sb.append("== ").append(c.getKey()).append('\n');
            for (Problem p : e.problems()) {
                sb.append(p.describe(Lang.ZH))
                        .append('\n')
                        .append("   ")
                        .append(p.messageEn())
                        .append('\n');
            }
        }
        Approvals.verify(sb.toString());
    }

    @Test
    void allProblemsComeTogether() {
        String body = p("{{a|money}}") + p("{{#l}}") + table(row("{{@n}}", "{{.|bogus}}")) + p("{{/m}}") + p("{{ }}");
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(body));
        assertEquals(
                List.of(
                        "template.formatter.unknown",
                        "template.formatter.unknown",
                        "template.section.mismatched",
                        "template.placeholder.empty",
                        "template.section.unclosed"),
                e.problems().stream().map(Problem::code).toList());
        assertTrue(e.getMessage().startsWith("模板有 5 个问题"), e.getMessage());
        assertTrue(e.messageEn().startsWith("the template has 5 problem(s)"), e.messageEn());
    }
}
