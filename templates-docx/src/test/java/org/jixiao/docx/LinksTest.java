// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hyperlinks from data: {@code {{x|link}}} writes a {@link Link} as an external hyperlink. */
@Tag("issue-13")
class LinksTest {
    private static final String RELS = "word/_rels/document.xml.rels";

    @Test
    void aLinkFromDataBecomesAHyperlinkWithAnExternalRelationshipAndTheRunsFormatting() {
        String body = "<w:p>" + r("详见") + b("{{site|link}}") + r("。") + "</w:p>";
        byte[] out = render(
                compileBody(body), Map.of("site", new Link("财政部网站", "https://www.mof.gov.cn/zhengwu?a=1&b=it's")));
        assertEquals("详见财政部网站。", Output.text(out));
        String rels = Output.xml(out, RELS);
        assertTrue(
                rels.contains("<Relationship Id=\"rIdJx1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/relationships/hyperlink\" Target=\"https://www.mof.gov.cn/zhengwu?a=1&amp;b=it's\""
                        + " TargetMode=\"External\"/>"),
                rels);
        String xml = Output.xml(out, "word/document.xml");
        assertTrue(
                xml.contains("<w:r><w:rPr><w:b/></w:rPr></w:r><w:hyperlink xmlns:r=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships\" r:id=\"rIdJx1\"><w:r><w:rPr><w:b/></w:rPr><w:t"
                        + " xml:space=\"preserve\">财政部网站</w:t></w:r></w:hyperlink>"),
                xml);
    }

    @Test
    void anEmptyTextShowsTheAddressAndMailtoIsAllowed() {
        DocxTemplate t = compileBody(p("{{a|link}} {{b|link}}"));
        byte[] out = render(
                t,
                Map.of(
                        "a", new Link("", "HTTPS://example.org/路径"),
                        "b", new Link("联系我们", "mailto:office@example.gov.cn?subject=绩效")));
        assertEquals("HTTPS://example.org/路径 联系我们", Output.text(out));
        String rels = Output.xml(out, RELS);
        assertTrue(
                rels.contains("Id=\"rIdJx2\"") && rels.contains("Target=\"mailto:office@example.gov.cn?subject=绩效\""),
                rels);
    }

    @Test
    void addressesThatAreNotHttpHttpsOrMailtoAreRefusedWithTheirPaths() {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> refused = List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "file:///C:/Windows/win.ini",
                "C:\\Windows\\win.ini",
                "\\\\server\\share\\a.docx",
                "/relative/page.html",
                "www.example.org",
                "ftp://example.org/a",
                "data:text/html,<script>",
                "http://",
                "https://exa mple.org/",
                "mailto:",
                "");
        for (int i = 0; i < refused.size(); i++) {
            data.put("l" + i, new Link("x", refused.get(i)));
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < refused.size(); i++) {
            body.append(p("{{l" + i + "|link}}"));
        }
        DocxTemplate t = compileBody(body.toString());
        TemplateDataException e = assertThrows(TemplateDataException.class, () -> renderUnchecked(t, data));
        assertEquals(refused.size(), e.problems().size(), e.getMessage());
        for (Problem p : e.problems()) {
            assertEquals("data.link.refused", p.code(), p.describe(Lang.EN));
            assertTrue(p.path().matches("/l\\d+"), p.path());
            assertTrue(p.messageEn().contains("Only whole http://, https:// and mailto: addresses"), p.messageEn());
        }
        Problem js = e.problems().stream()
                .filter(p -> p.path().equals("/l0"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "the link address \"javascript:alert(1)\" of l0 is refused: a javascript: address is not allowed."
                        + " Only whole http://, https:// and mailto: addresses are allowed.",
                js.messageEn());
        assertEquals(
                "l0 的链接地址“javascript:alert(1)”不能使用：不允许 javascript: 地址。只允许以 http://、https:// 或 mailto: 开头的完整地址。",
                js.messageZh());
    }

    @Test
    void aRefusedAddressIsReportedEvenWhereItIsNotRendered() {
        // The whole data tree is checked before anything renders, like illegal characters.
        DocxTemplate t = compileBody(p("{{?show}}{{l|link}}{{/show}}"));
        TemplateDataException e = assertThrows(
                TemplateDataException.class,
                () -> renderUnchecked(t, Map.of("l", new Link("x", "file:///etc/passwd"))));
        assertEquals(
                "data.link.refused /l",
                e.problems().get(0).code() + " " + e.problems().get(0).path());
    }

    @Test
    void aStringIsNoLink() {
        TemplateDataException e = assertThrows(
                TemplateDataException.class,
                () -> renderUnchecked(compileBody(p("{{l|link}}")), Map.of("l", "https://example.org/")));
        assertEquals("data.value.wrong-type", e.problems().get(0).code());
        assertTrue(
                e.problems().get(0).messageEn().contains("needs a link (Link)"),
                e.problems().get(0).messageEn());
    }

    @Test
    void aLinkPlaceholderInsideAHyperlinkIsRefused() {
        String body = "<w:p><w:hyperlink w:anchor=\"top\">" + r("{{l|link}}") + "</w:hyperlink></w:p>";
        TemplateException e = assertThrows(TemplateException.class, () -> compileBody(body));
        assertEquals(
                "template.placeholder.link-in-hyperlink", e.problems().get(0).code());
        assertEquals("paragraph 1", e.problems().get(0).template().location());
    }

    @Test
    void linksInALoopAreNumberedInOrderAndRenderIdentically() {
        DocxTemplate t = compileBody(p("{{#sites}}{{.|link}}；{{/sites}}"));
        Map<String, ?> data =
                Map.of("sites", List.of(new Link("甲", "https://a.example/"), new Link("乙", "https://b.example/")));
        byte[] out = render(t, data);
        assertEquals("甲；乙；", Output.text(out));
        String rels = Output.xml(out, RELS);
        assertTrue(rels.indexOf("Id=\"rIdJx1\"") < rels.indexOf("https://a.example/"), rels);
        assertTrue(
                rels.contains("Id=\"rIdJx2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/hyperlink\" Target=\"https://b.example/\""),
                rels);
        assertArrayEquals(out, render(t, data));
        TemplateField f = t.fields().get(1);
        assertEquals(TemplateField.Kind.LINK, f.kind());
        assertEquals("link", f.format());
    }

    @Test
    void aMarkerInATemplateHyperlinksAddressStaysRefused() {
        byte[] docx = TestDocx.docx()
                .body(p("x"))
                .relationship(
                        "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                + "2006/relationships/hyperlink\" Target=\"https://example.org/{{id}}\" TargetMode=\"External\"/>")
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> compile(docx));
        assertEquals(
                "template.placeholder.unsupported-place", e.problems().get(0).code());
    }
}
