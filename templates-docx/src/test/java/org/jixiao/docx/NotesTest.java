// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.p;
import static org.jixiao.docx.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.Lang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Footnotes and endnotes are templated like the body: each reference gets a note of its own,
 * rendered with the data in scope where the reference is; comments are left out with a warning.
 */
@Tag("issue-13")
class NotesTest {
    private static final String SEPARATORS =
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/>"
                    + "</w:r></w:p></w:footnote>";

    private static final Map<String, ?> DATA = Map.of(
            "unit",
            Map.of("name", "某局"),
            "goals",
            List.of(Map.of("name", "甲"), Map.of("name", "乙"), Map.of("name", "丙")),
            "flag",
            false);

    /** A run with a reference to note {@code id}, of kind "footnote" or "endnote". */
    private static String ref(String kind, int id) {
        return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:" + kind + "Reference w:id=\"" + id
                + "\"/></w:r>";
    }

    /** A normal note with the note mark and {@code text}. */
    private static String note(String kind, int id, String text) {
        return "<w:" + kind + " w:id=\"" + id + "\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:"
                + kind + "Ref/></w:r>" + r(text) + "</w:p></w:" + kind + ">";
    }

    private static byte[] withFootnotes(String body, String notes) {
        return TestDocx.docx().body(body).footnotes(SEPARATORS + notes).bytes();
    }

    /** The note ids the main document refers to, in order, of kind "footnote" or "endnote". */
    private static List<String> references(byte[] docx, String kind) {
        NodeList refs = Output.parse(Output.entries(docx).get("word/document.xml"))
                .getElementsByTagNameNS(Output.W, kind + "Reference");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < refs.getLength(); i++) {
            ids.add(((Element) refs.item(i)).getAttributeNS(Output.W, "id"));
        }
        return ids;
    }

    /** Each note of the notes part as "id: text", or "id type" for a separator. */
    private static List<String> notes(byte[] docx, String kind) {
        Element root =
                Output.parse(Output.entries(docx).get("word/" + kind + "s.xml")).getDocumentElement();
        List<String> out = new ArrayList<>();
        NodeList notes = root.getElementsByTagNameNS(Output.W, kind);
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            String type = n.getAttributeNS(Output.W, "type");
            if (!type.isEmpty() && !type.equals("normal")) {
                out.add(n.getAttributeNS(Output.W, "id") + " " + type);
                continue;
            }
            StringBuilder text = new StringBuilder();
            NodeList ts = n.getElementsByTagNameNS(Output.W, "t");
            for (int j = 0; j < ts.getLength(); j++) {
                text.append(ts.item(j).getTextContent());
            }
            out.add(n.getAttributeNS(Output.W, "id") + ": " + text);
        }
        return out;
    }

    @Test
    void aFootnoteHoldsValuesLikeTheBody() {
        byte[] docx = Fixture.render(
                Fixture.compile(withFootnotes(
                        "<w:p>" + r("{{unit.name}}的报告") + ref("footnote", 1) + "</w:p>",
                        note("footnote", 1, "注：{{unit.name}}自评。"))),
                DATA);
        assertEquals(List.of("1"), references(docx, "footnote"));
        assertEquals(List.of("-1 separator", "0 continuationSeparator", "1: 注：某局自评。"), notes(docx, "footnote"));
    }

    @Test
    void aFootnoteReferencedInALoopIsRenderedOncePerItemWithItsData() {
        byte[] docx = Fixture.render(
                Fixture.compile(withFootnotes(
                        p("{{#goals}}") + "<w:p>" + r("目标{{name}}") + ref("footnote", 1) + "</w:p>" + p("{{/goals}}")
                                + "<w:p>" + r("另注") + ref("footnote", 2) + "</w:p>",
                        note("footnote", 1, "注{{@n}}：{{name}}，{{unit.name}}") + note("footnote", 2, "另一条"))),
                DATA);
        assertEquals(List.of("1", "3", "4", "2"), references(docx, "footnote"));
        assertEquals(
                List.of("-1 separator", "0 continuationSeparator", "1: 注1：甲，某局", "3: 注2：乙，某局", "4: 注3：丙，某局", "2: 另一条"),
                notes(docx, "footnote"));
    }

    @Test
    void aFootnoteUnderAHiddenSectionOrAnEmptyLoopIsLeftOutAndOneNothingRefersToStays() {
        String body = p("{{?flag}}") + "<w:p>" + r("条件") + ref("footnote", 1) + "</w:p>" + p("{{/flag}}")
                + p("{{#none}}") + "<w:p>" + r("循环") + ref("footnote", 2) + "</w:p>" + p("{{/none}}");
        DocxTemplate t = Fixture.compile(withFootnotes(
                body, note("footnote", 1, "一") + note("footnote", 2, "二") + note("footnote", 3, "无引用{{unit.name}}")));
        byte[] hidden = Fixture.render(t, DATA);
        assertEquals(List.of(), references(hidden, "footnote"));
        assertEquals(List.of("-1 separator", "0 continuationSeparator", "3: 无引用某局"), notes(hidden, "footnote"));
        byte[] shown = Fixture.render(t, Map.of("flag", true, "none", List.of("x"), "unit", Map.of("name", "某局")));
        assertEquals(List.of("1", "2"), references(shown, "footnote"));
        assertEquals(
                List.of("-1 separator", "0 continuationSeparator", "1: 一", "2: 二", "3: 无引用某局"),
                notes(shown, "footnote"));
    }

    @Test
    void aPictureOrLinkInAFootnoteIsRelatedFromTheFootnotesPart() {
        byte[] docx = Fixture.render(
                Fixture.compile(withFootnotes(
                        "<w:p>" + r("正文") + ref("footnote", 1) + "</w:p>",
                        note("footnote", 1, "见{{site|link}}") + note("footnote", 2, "{{chart|image}}"))),
                Map.of(
                        "site",
                        new Link("官网", "https://www.example.gov.cn/"),
                        "chart",
                        Image.of(Pictures.png(200, 100))));
        Map<String, byte[]> entries = Output.entries(docx);
        String footnotes = new String(entries.get("word/footnotes.xml"), java.nio.charset.StandardCharsets.UTF_8);
        byte[] noteRels = entries.get("word/_rels/footnotes.xml.rels");
        assertTrue(noteRels != null, "the footnotes part has relationships: " + entries.keySet());
        Element rels = Output.parse(noteRels).getDocumentElement();
        NodeList list = rels.getElementsByTagName("Relationship");
        Map<String, String> targetById = new java.util.HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            targetById.put(e.getAttribute("Id"), e.getAttribute("Target"));
        }
        String embed = between(footnotes, "r:embed=\"", "\"");
        String link = between(footnotes, " r:id=\"", "\"");
        assertTrue(targetById.get(embed).startsWith("media/"), targetById.toString());
        assertTrue(
                entries.containsKey("word/" + targetById.get(embed)),
                entries.keySet().toString());
        assertEquals("https://www.example.gov.cn/", targetById.get(link));
        String documentRels =
                new String(entries.get("word/_rels/document.xml.rels"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(documentRels.contains("relationships/image"), documentRels);
        assertFalse(documentRels.contains("example.gov.cn"), documentRels);
    }

    private static String between(String s, String open, String close) {
        int from = s.indexOf(open);
        assertTrue(from >= 0, open + " in " + s);
        from += open.length();
        return s.substring(from, s.indexOf(close, from));
    }

    @Test
    void endnotesAreTemplatedToo() {
        byte[] template = TestDocx.docx()
                .body(p("{{#goals}}") + "<w:p>" + r("{{name}}") + ref("endnote", 1) + "</w:p>" + p("{{/goals}}"))
                .related(
                        "rIdEnd",
                        "endnotes",
                        "word/endnotes.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                        TestDocx.wrap(
                                "w:endnotes",
                                SEPARATORS.replace("footnote", "endnote") + note("endnote", 1, "尾注：{{name}}")))
                .bytes();
        byte[] docx = Fixture.render(Fixture.compile(template), DATA);
        assertEquals(List.of("1", "2", "3"), references(docx, "endnote"));
        assertEquals(
                List.of("-1 separator", "0 continuationSeparator", "1: 尾注：甲", "2: 尾注：乙", "3: 尾注：丙"),
                notes(docx, "endnote"));
    }

    @Test
    void aNoteRepeatedByALoopLosesItsParagraphIdsAndBookmarks() {
        String repeated = "<w:footnote w:id=\"1\"><w:p w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\">"
                + "<w:bookmarkStart w:id=\"5\" w:name=\"n\"/>" + r("{{name}}") + "<w:bookmarkEnd w:id=\"5\"/></w:p>"
                + "</w:footnote>";
        String w14 = " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";
        byte[] template = TestDocx.docx()
                .body(p("{{#goals}}") + "<w:p>" + r("{{name}}") + ref("footnote", 1) + "</w:p>" + p("{{/goals}}"))
                .footnotes(SEPARATORS + repeated)
                .replace(
                        "word/footnotes.xml",
                        TestDocx.wrap("w:footnotes", SEPARATORS + repeated).replace(TestDocx.NS, TestDocx.NS + w14))
                .bytes();
        byte[] docx = Fixture.render(Fixture.compile(template), DATA);
        String xml = Output.xml(docx, "word/footnotes.xml");
        assertFalse(xml.contains("1A2B3C4D"), xml);
        assertFalse(xml.contains("bookmarkStart"), xml);
        assertEquals(
                List.of("-1 separator", "0 continuationSeparator", "1: 甲", "2: 乙", "3: 丙"), notes(docx, "footnote"));
    }

    @Test
    void fieldsOfANoteAreListedWhereItIsReferredTo() {
        DocxTemplate t = Fixture.compile(withFootnotes(
                p("{{#goals}}") + "<w:p>" + r("{{name}}") + ref("footnote", 1) + "</w:p>" + p("{{/goals}}"),
                note("footnote", 1, "注：{{name}}")));
        assertEquals(
                List.of(
                        "LOOP goals [] word/document.xml paragraph 1",
                        "VALUE name [goals] word/document.xml paragraph 2",
                        "PARAGRAPH_VALUE name [goals] word/footnotes.xml footnote 1, paragraph 1"),
                t.fields().stream()
                        .map(f -> f.kind() + " " + f.path() + " " + f.loops() + " " + f.part() + " " + f.location())
                        .toList());
    }

    @Test
    void aProblemInANoteIsNamedAtTheNote() {
        TemplateException e = assertThrows(
                TemplateException.class,
                () -> Fixture.compile(withFootnotes(
                        "<w:p>" + r("正文") + ref("footnote", 1) + "</w:p>",
                        note("footnote", 1, "一") + note("footnote", 2, "{{#x}}未结束"))));
        assertEquals(
                List.of("template.section.unclosed word/footnotes.xml footnote 2, paragraph 1 {{#x}}"),
                e.problems().stream()
                        .map(p -> p.code() + " " + p.template().part() + " "
                                + p.template().location() + " " + p.value())
                        .toList());
    }

    @Test
    void aMarkerWhereNothingIsReplacedInANoteIsStillRefused() {
        String fieldCode = "<w:footnote w:id=\"1\"><w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> REF {{a}} </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:footnote>";
        TemplateException e = assertThrows(
                TemplateException.class,
                () -> Fixture.compile(withFootnotes("<w:p>" + r("正文") + ref("footnote", 1) + "</w:p>", fieldCode)));
        assertEquals(
                List.of("template.placeholder.unsupported-place word/footnotes.xml"),
                e.problems().stream()
                        .map(p -> p.code() + " " + p.template().part())
                        .toList());
    }

    @Test
    void theLoopItemOutsideALoopIsRefusedInANoteReferredToOutsideLoops() {
        TemplateException e = assertThrows(
                TemplateException.class,
                () -> Fixture.compile(withFootnotes(
                        "<w:p>" + r("正文") + ref("footnote", 1) + "</w:p>", note("footnote", 1, "{{.}}"))));
        assertEquals("template.item.outside-loop", e.problems().get(0).code());
    }

    @Test
    void commentsAreLeftOutWithAWarningAndTheirMarkersNeverReachTheOutput() {
        byte[] template = TestDocx.docx()
                .body("<w:p><w:commentRangeStart w:id=\"0\"/>" + r("正文{{unit.name}}")
                        + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")
                .related(
                        "rIdComments",
                        "comments",
                        "word/comments.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                        TestDocx.wrap(
                                "w:comments",
                                "<w:comment w:id=\"0\" w:author=\"张三\">" + p("改成 {{unit.code}}") + "</w:comment>"))
                .bytes();
        DocxTemplate t = Fixture.compile(template);
        assertEquals(
                List.of("template.comments.removed word/comments.xml"),
                t.warnings().stream()
                        .map(w -> w.code() + " " + w.template().part())
                        .toList());
        assertTrue(
                t.warnings().get(0).message(Lang.ZH).contains("1 条批注"),
                t.warnings().get(0).message(Lang.ZH));
        assertTrue(t.warnings().get(0).messageEn().contains("1 comment(s)"));
        assertEquals(
                List.of("unit.name"),
                t.fields().stream().map(TemplateField::path).toList());
        Map<String, byte[]> out = Output.entries(Fixture.render(t, DATA));
        assertFalse(out.containsKey("word/comments.xml"), out.keySet().toString());
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            String s = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(s.contains("comment"), e.getKey() + ": " + s);
            assertFalse(s.contains("{{"), e.getKey() + ": " + s);
        }
    }
}
