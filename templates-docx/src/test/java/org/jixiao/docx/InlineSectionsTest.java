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

/** Conditions and loops that open and close inside one paragraph, across its runs and hyperlinks. */
@Tag("issue-13")
class InlineSectionsTest {
    private static final String HYPERLINK = "<w:hyperlink w:anchor=\"top\">";

    @Test
    void aLoopMarkerOverTrueOrFalseIsAConditionInsideText() {
        DocxTemplate t = compileBody(p("这是{{#flag}}可选的{{/flag}}文字"));
        assertEquals("这是可选的文字", Output.text(render(t, Map.of("flag", true))));
        assertEquals("这是文字", Output.text(render(t, Map.of("flag", false))));
        assertEquals("这是文字", Output.text(render(t, Map.of())));
    }

    @Test
    void aConditionalLoopLooksUpPathsOutward() {
        DocxTemplate t = compileBody(p("{{#flag}}单位：{{unit}}{{/flag}}"));
        assertEquals("单位：某局", Output.text(render(t, Map.of("flag", true, "unit", "某局"))));
    }

    @Test
    void sectionMarkersInRunsOfTheirOwnKeepEachRunsFormatting() {
        String body = "<w:p>" + r("这是") + b("{{#flag}}") + b("可选的") + r("{{/flag}}") + r("文字") + "</w:p>";
        byte[] out = render(compileBody(body), Map.of("flag", true));
        assertEquals("这是可选的文字", Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">可选的</w:t></w:r>"), xml);
        assertTrue(xml.contains("<w:r><w:t xml:space=\"preserve\">这是</w:t></w:r>"), xml);
    }

    @Test
    void inlineLoopOverItemsKeepsTheRunsFormatting() {
        String body = "<w:p>" + r("参与：") + b("{{#items}}{{name}}") + r("、{{/items}}") + "</w:p>";
        byte[] out = render(compileBody(body), Map.of("items", List.of(Map.of("name", "甲"), Map.of("name", "乙"))));
        assertEquals("参与：甲、乙、", Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertEquals(3, xml.split("<w:b/>", -1).length - 1, xml); // the bold run: once before, once per item
    }

    @Test
    void aSectionMayOpenInsideAHyperlinkAndCloseAfterIt() {
        String body = "<w:p>" + r("见") + HYPERLINK + r("目录{{?more}}及附录") + "</w:hyperlink>" + r("说明{{/more}}。")
                + "</w:p>" + "<w:bookmarkStart w:id=\"0\" w:name=\"top\"/><w:bookmarkEnd w:id=\"0\"/>";
        DocxTemplate t = compileBody(body);
        byte[] shown = render(t, Map.of("more", true));
        assertEquals("见目录及附录说明。", Output.text(shown));
        // Each side of the marker keeps its part of the hyperlink.
        String xml = Output.xml(shown, "word/document.xml");
        assertEquals(2, xml.split("<w:hyperlink ", -1).length - 1, xml);
        byte[] hidden = render(t, Map.of("more", false));
        assertEquals("见目录。", Output.text(hidden));
    }

    @Test
    void aLoopMayCloseInsideAHyperlinkItOpenedBefore() {
        String body = "<w:p>" + r("{{#l}}第") + HYPERLINK + r("{{.}}项{{/l}}") + "</w:hyperlink>" + r("完") + "</w:p>"
                + "<w:bookmarkStart w:id=\"0\" w:name=\"top\"/><w:bookmarkEnd w:id=\"0\"/>";
        byte[] out = render(compileBody(body), Map.of("l", List.of("一", "二")));
        assertEquals("第一项第二项完", Output.text(out));
    }

    @Test
    void aSectionClosedInAnotherParagraphStaysAnErrorWithItsHint() {
        TemplateException e =
                assertThrows(TemplateException.class, () -> compileBody(p("前{{#items}}{{name}}、") + p("{{/items}}后")));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("template.section.crosses-boundary", p.code());
        assertEquals("paragraph 2", p.template().location());
        assertTrue(p.messageEn().contains("each in a paragraph of its own"), p.messageEn());
    }

    @Test
    void aSectionCrossingAContentControlInOneParagraphSaysSo() {
        String body = "<w:p>" + r("这是") + "<w:sdt><w:sdtContent>" + r("{{?flag}}可选") + "</w:sdtContent></w:sdt>"
                + r("的{{/flag}}文字") + "</w:p>";
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(body));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("template.section.crosses-boundary", p.code());
        assertTrue(p.messageEn().contains("both inside it or both outside it"), p.messageEn());
        assertTrue(p.describe(Lang.ZH).contains("都放在它里面"), p.describe(Lang.ZH));
    }

    @Test
    void fieldsListTheInlineSections() {
        List<TemplateField> f = compileBody(p("这是{{#flag}}{{x}}{{/flag}}文字")).fields();
        assertEquals(2, f.size());
        assertEquals(TemplateField.Kind.LOOP, f.get(0).kind());
        assertEquals(List.of("flag"), f.get(1).loops());
    }

    @Test
    void lintAcceptsALoopMarkerOverABoolean() {
        String schema = "{\"type\":\"object\",\"properties\":{\"flag\":{\"type\":\"boolean\"},"
                + "\"n\":{\"type\":\"string\"}}}";
        assertEquals(List.of(), compileBody(p("这是{{#flag}}可选的{{/flag}}文字")).lint(schema));
        assertEquals(
                "lint.loop.not-a-list",
                compileBody(p("{{#n}}x{{/n}}")).lint(schema).get(0).code());
    }
}
