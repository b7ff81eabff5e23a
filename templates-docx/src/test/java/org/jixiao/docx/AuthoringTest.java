// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Ordinary editing in Word never breaks a marker silently: it is accepted, or reported with what to remove. */
@Tag("authoring")
class AuthoringTest {
    private static final Map<String, ?> DATA = Map.of("a", "甲", "unit", Map.of("name", "某局"));

    private static String rendered(String body) {
        return Output.text(render(compileBody(body), DATA));
    }

    private static Problem onlyProblem(String body) {
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(body));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aCommentOnAMarkerDoesNotBreakIt() {
        String body = "<w:p>" + r("前{{unit.") + "<w:commentRangeStart w:id=\"0\"/>" + r("name")
                + "<w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"
                + r("}}后") + "</w:p>";
        assertEquals("前某局后", rendered(body));
    }

    @Test
    void invisibleCharactersInsideAMarkerAreDropped() {
        assertEquals(
                "某局|某局|某局",
                rendered(p("{{unit.\u200Bname}}|{{unit.na\u00ADme}}|").replace("</w:p>", "")
                        + "<w:r><w:t>{{unit.</w:t><w:softHyphen/><w:t>name}}</w:t></w:r></w:p>"));
    }

    @Test
    void noBreakSpacesInsideTheBracesAreSpaces() {
        assertEquals("某局", rendered(p("{{\u00A0unit.name\u00A0}}")));
    }

    @Test
    void aTabInsideAMarkerIsInterruptedWithWhatToRemove() {
        Problem p = onlyProblem("<w:p>" + r("{{unit.") + "<w:r><w:tab/></w:r>" + r("name}}") + "</w:p>");
        assertEquals("template.placeholder.interrupted", p.code());
        assertEquals("{{unit.⇥name}}", p.value());
        assertTrue(p.message(Lang.ZH).contains("请删除制表符"), p.message(Lang.ZH));
        assertTrue(p.messageEn().contains("remove the tab"), p.messageEn());
    }

    @Test
    void aLineBreakInsideAMarkerIsInterrupted() {
        Problem p = onlyProblem("<w:p>" + r("{{unit") + "<w:r><w:br/></w:r>" + r(".name}}") + "</w:p>");
        assertEquals("template.placeholder.interrupted", p.code());
        assertEquals("{{unit↵.name}}", p.value());
        assertTrue(p.messageEn().contains("line break"), p.messageEn());
    }

    @Test
    void aContentControlOrRubyInsideAMarkerIsNamed() {
        Problem sdt = onlyProblem("<w:p>" + r("{{unit.") + "<w:sdt><w:sdtContent>" + r("name")
                + "</w:sdtContent></w:sdt>" + r("}}") + "</w:p>");
        assertEquals("template.placeholder.interrupted", sdt.code());
        assertTrue(sdt.message(Lang.ZH).contains("内容控件"), sdt.message(Lang.ZH));
        assertTrue(sdt.messageEn().contains("content control"), sdt.messageEn());
        Problem ruby = onlyProblem("<w:p>" + r("{{unit.na") + "<w:r><w:ruby><w:rubyPr/><w:rt>" + r("x")
                + "</w:rt><w:rubyBase>" + r("m") + "</w:rubyBase></w:ruby></w:r>" + r("e}}") + "</w:p>");
        assertEquals("template.placeholder.interrupted", ruby.code());
        assertEquals("{{unit.na[ruby text (phonetic guide)]e}}", ruby.value());
        assertTrue(ruby.message(Lang.ZH).contains("拼音指南"), ruby.message(Lang.ZH));
    }

    @Test
    void aHyperlinkOrCustomXmlAroundPartOfAMarkerIsReportedNotEmptied() {
        for (String[] c : List.of(
                new String[] {"<w:hyperlink w:anchor=\"x\">", "</w:hyperlink>", "hyperlink", "超链接"},
                new String[] {"<w:customXml w:element=\"x\">", "</w:customXml>", "custom XML", "自定义 XML"})) {
            Problem p = onlyProblem("<w:p>" + r("{{unit.") + c[0] + r("name}}后") + c[1] + "</w:p>");
            assertEquals("template.placeholder.interrupted", p.code());
            assertTrue(p.messageEn().contains(c[2]), p.messageEn());
            assertTrue(p.message(Lang.ZH).contains(c[3]), p.message(Lang.ZH));
        }
        // A hyperlink around the whole marker is fine.
        assertEquals(
                "前某局",
                rendered("<w:p>" + r("前") + "<w:hyperlink w:anchor=\"x\">" + r("{{unit.") + r("name}}")
                        + "</w:hyperlink></w:p>"));
    }

    @Test
    void markersInTrackedChangesAreRefusedUntilTheChangesAreAcceptedOrRejected() {
        for (String change : List.of(
                "<w:ins w:id=\"1\" w:author=\"a\">" + r("{{unit.name}}") + "</w:ins>",
                "<w:moveFrom w:id=\"1\" w:author=\"a\">" + r("{{unit.name}}") + "</w:moveFrom>",
                "<w:moveTo w:id=\"1\" w:author=\"a\">" + r("{{unit.name}}") + "</w:moveTo>",
                "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>{{unit.name}}</w:delText></w:r></w:del>",
                r("{{unit.") + "<w:ins w:id=\"1\" w:author=\"a\">" + r("name}}") + "</w:ins>")) {
            Problem p = onlyProblem(p("x") + "<w:p>" + change + "</w:p>");
            assertEquals("template.placeholder.tracked-change", p.code(), change);
            assertEquals("paragraph 2", p.template().location());
            assertTrue(p.messageEn().contains("accept or reject the tracked changes in Word first"), p.messageEn());
            assertTrue(p.message(Lang.ZH).contains("接受或拒绝修订"), p.message(Lang.ZH));
        }
        // Tracked changes without markers are left as they are.
        assertEquals(
                "某局新",
                rendered("<w:p>" + r("{{unit.name}}") + "<w:ins w:id=\"1\" w:author=\"a\">" + r("新")
                        + "</w:ins></w:p>"));
    }

    @Test
    void aMarkerInAFieldCodeIsReportedWithItsPlace() {
        String field = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"{{url}}\""
                + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        Problem p = onlyProblem(p("x") + table(row("a")) + field);
        assertEquals("template.placeholder.unsupported-place", p.code());
        assertEquals("paragraph 2", p.template().location());
        assertTrue(p.messageEn().contains("in a field code"), p.messageEn());
        assertTrue(p.message(Lang.ZH).contains("域代码"), p.message(Lang.ZH));
    }

    @Test
    void aMarkerInAHyperlinkAddressIsRefusedWithItsRelationship() {
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:hyperlink r:id=\"rIdLink\">" + r("链接") + "</w:hyperlink></w:p>")
                .relationship(
                        "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                + "2006/relationships/hyperlink\" Target=\"https://example.org/{{id}}\" TargetMode=\"External\"/>")
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> compile(docx));
        Problem p = e.problems().get(0);
        assertEquals("template.placeholder.unsupported-place", p.code());
        assertEquals("word/_rels/document.xml.rels", p.template().part());
        assertEquals("relationship rIdLink", p.template().location());
        assertTrue(p.messageEn().contains("the address of a hyperlink"), p.messageEn());
    }

    @Test
    void markersTypedWithFullWidthBracesAreAWarning() {
        DocxTemplate t = compileBody(p("单位：｛｛unit.name｝｝") + p("{{a}}，金额｛｛#x}}，｛注｝"));
        assertEquals(
                List.of(
                        "template.placeholder.full-width-braces paragraph 1 ｛｛unit.name｝｝",
                        "template.placeholder.full-width-braces paragraph 2 ｛｛#x}}"),
                t.warnings().stream()
                        .map(p -> p.code() + " " + p.template().location() + " " + p.value())
                        .toList());
        assertTrue(t.warnings().get(0).message(Lang.ZH).contains("半角花括号"));
        assertTrue(t.warnings().get(0).messageEn().contains("half-width braces"));
    }

    @Test
    void aWorkbookIsNamedNotACastFailure() {
        TemplateException e = assertThrows(
                TemplateException.class,
                () -> compile(TestDocx.docx()
                        .mainContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                        .bytes()));
        Problem p = e.problems().get(0);
        assertEquals("template.package.unreadable", p.code());
        assertTrue(p.messageEn().contains("it is an Excel workbook, not a Word document"), p.messageEn());
        assertTrue(p.message(Lang.ZH).contains("Excel 工作簿"), p.message(Lang.ZH));
        assertTrue(!p.messageEn().contains("Exception"), p.messageEn());
    }

    @Test
    void wellFormedPropertiesDocx4jCannotReadAreNotCalledUnparsable() {
        String core = TestDocx.DECL
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\">"
                + "<title>t</title></cp:coreProperties>";
        TestDocx d = TestDocx.docx().body(p("x")).part("docProps/core.xml", core);
        Map<String, String> e = d.entries();
        d.replace(
                "[Content_Types].xml",
                e.get("[Content_Types].xml")
                        .replace(
                                "</Types>",
                                "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
                                        + "vnd.openxmlformats-package.core-properties+xml\"/></Types>"));
        d.replace(
                "_rels/.rels",
                e.get("_rels/.rels")
                        .replace(
                                "</Relationships>",
                                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                                        + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                                        + "</Relationships>"));
        TemplateException ex = assertThrows(TemplateException.class, () -> compile(d.bytes()));
        Problem p = ex.problems().get(0);
        assertEquals(
                "template.part.unreadable docProps/core.xml",
                p.code() + " " + p.template().part());
        assertTrue(p.messageEn().contains("its XML is well-formed, but its elements"), p.messageEn());
        assertTrue(!p.messageEn().contains("not parsable") && !p.messageEn().contains("no content"), p.messageEn());
        assertTrue(p.message(Lang.ZH).contains("另存为 .docx"), p.message(Lang.ZH));
    }

    @Test
    void crossingSectionsSayHowToFixThemAndDoNotCascade() {
        String body = p("{{#outer}}")
                + p("{{#a}}")
                + table(row("x{{/a}}"))
                + p("{{?b}}x")
                + p("{{/b}}")
                + table(row("{{#c}}x", "y"), row("z{{/c}}", "w"))
                + p("{{/outer}}");
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(body));
        assertEquals(
                List.of(
                        "template.section.crosses-boundary table 1, row 1, cell 1",
                        "template.section.crosses-boundary paragraph 4",
                        "template.section.crosses-boundary table 2, row 2, cell 1"),
                e.problems().stream()
                        .map(p -> p.code() + " " + p.template().location())
                        .toList());
        assertTrue(e.problems().get(0).messageEn().contains("put {{/a}} in a paragraph of its own after the table"));
        assertTrue(e.problems().get(0).messageEn().contains("opened at paragraph 2"));
        assertTrue(e.problems().get(1).messageEn().contains("each in a paragraph of its own"));
        assertTrue(e.problems().get(2).messageEn().contains("at the start of the row's first cell"));
        assertTrue(e.problems().get(2).message(Lang.ZH).contains("第一个单元格的开头"));
    }
}
