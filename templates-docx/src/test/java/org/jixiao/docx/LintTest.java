// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.approvaltests.Approvals;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

class LintTest {
    static final String SCHEMA =
            """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["unit", "year", "projects", "findings", "reportDate"],
              "properties": {
                "unit": {"$ref": "#/$defs/unit"},
                "year": {"type": "integer"},
                "reportDate": {"type": "string", "format": "date"},
                "total": {"type": "number"},
                "approved": {"type": "boolean"},
                "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "findings": {"type": "array", "items": {"type": "string"}},
                "projects": {"type": "array", "items": {"$ref": "#/$defs/project"}}
              },
              "$defs": {
                "unit": {"type": "object", "required": ["name", "code"],
                         "properties": {"name": {"type": "string"}, "code": {"type": "string"}}},
                "project": {"type": "object", "required": ["name", "amount"],
                            "properties": {"name": {"type": "string"}, "amount": {"type": "number"},
                                           "tasks": {"type": "array", "items": {"type": "string"}}}}
              }
            }
            """;

    @Test
    void aTemplateThatFitsItsSchemaHasNoProblems() {
        String body = p("{{unit.name}}（{{unit.code}}）{{year}}年度，{{reportDate|date}}")
                + p("{{?note}}{{note}}{{/note}}")
                + p("{{findings}}")
                + p("{{#projects}}")
                + p("{{@n|一、}}{{name}}{{amount|amount2}}{{unit.name}}")
                + p("{{tasks}}")
                + p("{{/projects}}")
                + p("{{?approved}}已批准{{/approved}}")
                + p("{{total|capital}}");
        assertEquals(List.of(), compileBody(body).lint(SCHEMA));
    }

    @Test
    void everyMismatchIsReported() {
        String body =
                p("{{unit.nmae}} {{year|amount}} {{year|date}} {{reportDate|percent}} {{total|chinese}} {{total|一、}}")
                        + p("{{#unit}}{{name}}{{/unit}}")
                        + p("{{#projects}}")
                        + p("{{name}}{{amont}}{{tasks}}、{{.}}")
                        + p("{{/projects}}")
                        + p("{{approved}} {{unit}} {{findings}}。")
                        + p("{{?missing}}x{{/missing}}");
        StringBuilder sb = new StringBuilder();
        for (Problem p : compileBody(body).lint(SCHEMA)) {
            sb.append(p.describe(Lang.ZH))
                    .append('\n')
                    .append("   ")
                    .append(p.messageEn())
                    .append('\n');
        }
        Approvals.verify(sb.toString());
    }

    @Test
    void aPictureOrLinkOverAFieldThatIsNotAnObjectIsReported() {
        String schema =
                """
                {"type": "object", "properties": {
                  "photo": {"type": "string"}, "chart": {"type": "object"}, "site": {"type": "object"},
                  "year": {"type": "integer"}, "any": {}}}
                """;
        List<Problem> problems = compileBody(p("{{photo|image}}")
                        + p("{{chart|image}}")
                        + p("{{site|link}}")
                        + p("{{year|link}}")
                        + p("{{any|image}}"))
                .lint(schema);
        assertEquals(
                List.of("lint.embed.not-an-object /photo paragraph 1", "lint.embed.not-an-object /year paragraph 4"),
                problems.stream()
                        .map(q -> q.code() + " " + (q.messageEn().contains("field photo ") ? "/photo" : "/year") + " "
                                + q.template().location())
                        .toList());
        assertEquals(
                "字段 photo 在数据模型中是 string，而图片（{{…|image}}）或链接（{{…|link}}）需要应用提供的对象（Image、Link）；"
                        + "请把该字段作为文字放置，或在数据中另设图片或链接字段。",
                problems.get(0).messageZh());
    }

    @Test
    void anUnreadableSchemaIsOneProblem() {
        List<Problem> p = compileBody(p("x")).lint("{not json");
        assertEquals(1, p.size());
        assertEquals("lint.schema.invalid", p.get(0).code());
    }

    @Test
    void fieldsListWhatTheTemplateUses() {
        String body = p("{{a|amount}}")
                + p("{{#l}}")
                + table(row("{{#rows}}{{x|merge}}", "{{.}}{{/rows}}"))
                + p("{{?c}}有{{d}}{{/c}}")
                + p("{{/l}}")
                + p("{{list}}");
        StringBuilder sb = new StringBuilder();
        for (TemplateField f : compileBody(body).fields()) {
            sb.append(f.kind())
                    .append(' ')
                    .append(f.path())
                    .append(" loops=")
                    .append(f.loops())
                    .append(" format=")
                    .append(f.format())
                    .append(" @ ")
                    .append(f.part())
                    .append(' ')
                    .append(f.location())
                    .append('\n');
        }
        assertEquals(
                """
                PARAGRAPH_VALUE a loops=[] format=amount @ word/document.xml paragraph 1
                LOOP l loops=[] format= @ word/document.xml paragraph 2
                LOOP rows loops=[l] format= @ word/document.xml table 1, row 1
                PARAGRAPH_VALUE x loops=[l, rows] format= @ word/document.xml table 1, row 1, cell 1
                PARAGRAPH_VALUE . loops=[l, rows] format= @ word/document.xml table 1, row 1, cell 2
                IF_PRESENT c loops=[l] format= @ word/document.xml paragraph 3
                PARAGRAPH_VALUE d loops=[l] format= @ word/document.xml paragraph 3
                PARAGRAPH_VALUE list loops=[] format= @ word/document.xml paragraph 5
                """,
                sb.toString());
    }
}
