// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.format.NumberingStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in outlines, reading and checking an outline file, and the registry. */
class OutlinesTest {
    /** A small outline that passes every check; the rows below break it one way each. */
    static final String OUTLINE =
            """
            {
              "id": "test-outline",
              "name": "测试提纲",
              "title": "整体绩效自评报告",
              "numbering": ["一、", "（一）"],
              "sections": [
                {
                  "id": "a",
                  "heading": "第一章",
                  "required": true,
                  "content": ["PROBLEMS"],
                  "sections": [{ "id": "a.b", "heading": "第一节" }]
                },
                { "id": "c", "heading": "第二章" }
              ],
              "attachmentListAfter": "a",
              "attachments": ["SCORE_SHEET"]
            }
            """;

    @Test
    void theBuiltInOutlinesLoadWithTheDefaultFirst() {
        Outlines outlines = Outlines.builtIn();
        assertSame(outlines, Outlines.builtIn());
        assertEquals(
                List.of("guangdong-district", "hubei-short", "national-common"),
                outlines.all().stream().map(Outline::id).toList());
        assertEquals(Outlines.DEFAULT_ID, outlines.all().get(0).id());
        assertSame(outlines.find("guangdong-district").orElseThrow(), outlines.forReport(null));
        assertSame(outlines.find("hubei-short").orElseThrow(), outlines.forReport("hubei-short"));
        assertEquals(Optional.empty(), outlines.find("guangdong"));
        assertThrows(IllegalArgumentException.class, () -> outlines.forReport("guangdong"));
    }

    @Test
    void theGuangdongOutlineIsTheReferenceReportsStructure() {
        Outline o = Outlines.builtIn().forReport(null);
        assertEquals(
                List.of("单位基本情况", "自评工作开展情况", "绩效自评情况", "存在的问题及原因分析", "改进措施（整改措施和完成时限）", "绩效自评结果应用", "其他需要说明的事项"),
                o.sections().stream().map(OutlineSection::heading).toList());
        assertEquals(17, o.allSections().size());
        assertEquals(
                List.of(
                        CoverLine.EVALUATION_YEAR,
                        CoverLine.EVALUATED_UNITS,
                        CoverLine.SEAL,
                        CoverLine.FILLING_DATE,
                        CoverLine.OTHER_DATES),
                o.cover());
        assertTrue(o.hasStandardOpening());
        assertEquals(List.of(Attachment.SCORE_SHEET, Attachment.DATA_SHEET), o.attachments());
        assertEquals(
                List.of(Content.GOALS), o.section("profile.goals").orElseThrow().content());
        assertEquals(ItemLook.HEADINGS, o.section("profile.goals").orElseThrow().itemLook());
        assertEquals(ItemLook.BODY, o.section("profile.key-tasks").orElseThrow().itemLook());
        assertFalse(o.section("other-matters").orElseThrow().isRequired());
    }

    @Test
    void theHubeiOutlineIsShortAndPutsTheAttachmentListAfterItsConclusion() {
        Outline o = Outlines.builtIn().forReport("hubei-short");
        assertEquals(
                List.of("自评结论", "佐证材料"),
                o.sections().stream().map(OutlineSection::heading).toList());
        assertEquals(List.of(), o.cover());
        assertFalse(o.hasStandardOpening());
        assertEquals("conclusion", o.attachmentListAfter());
        assertEquals(3, o.levelOf("conclusion.goals.uncompleted"));
        assertEquals(
                List.of(),
                o.section("conclusion.goals.uncompleted").orElseThrow().content());
        assertEquals(0, o.levelOf("profile"));
    }

    @Test
    void theNationalOutlineHasSectionsOnlyTheUnitCanWrite() {
        Outline o = Outlines.builtIn().forReport("national-common");
        OutlineSection duties = o.section("performance.duties").orElseThrow();
        assertTrue(duties.isRequired());
        assertEquals(List.of(), duties.content());
        assertEquals(2, o.levelOf("performance.duties"));
    }

    @Test
    void eachBuiltInOutlineIsItsFileReadAgain() throws IOException {
        for (Outline builtIn : Outlines.builtIn().all()) {
            try (InputStream in = Outlines.class.getResourceAsStream(builtIn.id() + ".json")) {
                assertEquals(builtIn, Outlines.read(in));
            }
        }
    }

    @Test
    void readsAnOutlineFile() {
        Outline o = read(OUTLINE);
        assertEquals("test-outline", o.id());
        assertEquals(
                List.of("a", "a.b", "c"),
                o.allSections().stream().map(OutlineSection::id).toList());
        assertTrue(o.section("a").orElseThrow().isRequired());
        assertFalse(o.section("c").orElseThrow().isRequired(), "an absent required means optional");
        assertFalse(o.hasStandardOpening(), "an absent standardOpening means none");
        assertEquals(List.of(), o.cover());
        assertEquals(2, o.levelOf("a.b"));
    }

    @Test
    void readingDoesNotCloseTheStream() {
        var in = new ByteArrayInputStream(OUTLINE.getBytes(StandardCharsets.UTF_8)) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        Outlines.read(in);
        assertFalse(in.closed);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                broken(
                        "a missing comma",
                        OUTLINE.replace("\"name\": \"测试提纲\",", "\"name\": \"测试提纲\""),
                        "outline.malformed",
                        "The outline file cannot be read: Line 4, column 3"),
                broken(
                        "an unknown property",
                        OUTLINE.replace("\"title\":", "\"colour\": \"红\",\n  \"title\":"),
                        "outline.malformed",
                        "unknown property “colour”"),
                broken(
                        "an unknown content",
                        OUTLINE.replace("\"PROBLEMS\"", "\"PROBLEM\""),
                        "outline.malformed",
                        "(/sections/0/content/0): “PROBLEM” is not one of the allowed values"),
                broken("an empty file", "", "outline.malformed", "The outline file cannot be read"),
                broken("null", "null", "outline.invalid", "The outline is invalid: the file holds null."),
                broken(
                        "a duplicate id",
                        OUTLINE.replace("\"id\": \"c\"", "\"id\": \"a.b\""),
                        "outline.invalid",
                        "/sections/1/id a.b is used twice; ids must be unique"),
                broken(
                        "an empty heading",
                        OUTLINE.replace("\"第二章\"", "\" \""),
                        "outline.invalid",
                        "/sections/1/heading is empty: every section needs a heading"),
                broken(
                        "an empty sub-section heading",
                        OUTLINE.replace("\"第一节\"", "\"\""),
                        "outline.invalid",
                        "/sections/0/sections/0/heading is empty"),
                broken(
                        "an unknown numbering label",
                        OUTLINE.replace("\"（一）\"", "\"(一)\""),
                        "outline.invalid",
                        "numbering label (一) is not a numbering style; use one of 一、 （一） 1. （1） ① A. 一 1"),
                broken(
                        "the attachment list after a missing section",
                        OUTLINE.replace("\"attachmentListAfter\": \"a\"", "\"attachmentListAfter\": \"z\""),
                        "outline.invalid",
                        "attachmentListAfter names a section the outline lacks: z"),
                broken(
                        "an id with capitals and spaces",
                        OUTLINE.replace("\"test-outline\"", "\"Test Outline\""),
                        "outline.invalid",
                        "id must be lower-case letters, digits, dots and hyphens"),
                broken(
                        "a section without an id",
                        OUTLINE.replace("\"id\": \"c\", ", ""),
                        "outline.invalid",
                        "/sections/1/id must be lower-case letters, digits, dots and hyphens, was null"),
                broken("no name", OUTLINE.replace("\"name\": \"测试提纲\",", ""), "outline.invalid", "name is empty"),
                broken(
                        "no sections",
                        OUTLINE.substring(0, OUTLINE.indexOf("\"sections\": [")) + "\"sections\": []\n}",
                        "outline.invalid",
                        "sections is empty"),
                broken(
                        "an attachment twice",
                        OUTLINE.replace("[\"SCORE_SHEET\"]", "[\"SCORE_SHEET\", \"SCORE_SHEET\"]"),
                        "outline.invalid",
                        "attachments lists an attachment twice, or null"),
                broken(
                        "a null cover line",
                        OUTLINE.replace("\"title\":", "\"cover\": [null],\n  \"title\":"),
                        "outline.invalid",
                        "cover lists null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenOutlineIsRejectedSayingWhereAndWhy(String name, String json, String code, String english) {
        InvalidOutlineException e = assertThrows(InvalidOutlineException.class, () -> read(json));
        assertEquals(code, e.code());
        assertTrue(e.messageEn().contains(english), e.messageEn());
        assertTrue(e.messageZh().startsWith(code.equals("outline.malformed") ? "大纲文件无法读取：" : "大纲不可用："), e.messageZh());
    }

    @Test
    void aDuplicateIdIsNamedInChineseToo() {
        InvalidOutlineException e = assertThrows(
                InvalidOutlineException.class, () -> read(OUTLINE.replace("\"id\": \"c\"", "\"id\": \"a.b\"")));
        assertEquals("大纲不可用：/sections/1/id 重复：a.b，每个章节的 id 必须唯一。", e.messageZh());
        assertEquals("outline.invalid", e.problem().code());
        assertEquals("/sections/1/id", e.problem().path());
        assertEquals("a.b", e.problem().value());
        assertEquals(e.messageEn(), e.problem().messageEn());
    }

    @Test
    void anUnreadableOutlineIsAProblemAtItsPointer() {
        InvalidOutlineException e = assertThrows(
                InvalidOutlineException.class, () -> read(OUTLINE.replace("\"id\": \"c\"", "\"idd\": \"c\"")));
        assertEquals("outline.malformed", e.problem().code());
        assertTrue(e.problem().path().startsWith("/sections/1"), e.problem().path());
        assertTrue(e.problem().messageZh().startsWith("大纲文件无法读取："), e.problem().messageZh());
    }

    @Test
    void levelsTheOutlineNamesUseItsNumbering() {
        Outline o = read(OUTLINE.replace("[\"一、\", \"（一）\"]", "[\"一、\", \"1.\"]"));
        assertEquals(NumberingStyle.CHINESE_COMMA, o.numberingStyle(1));
        assertEquals(NumberingStyle.ARABIC_DOT, o.numberingStyle(2));
    }

    @Test
    void deeperLevelsUseTheGbT9704StyleOfTheirLevelAndThenRepeatItsLast() {
        Outline o = read(OUTLINE);
        assertEquals(NumberingStyle.CHINESE_PAREN, o.numberingStyle(2));
        assertEquals(NumberingStyle.ARABIC_DOT, o.numberingStyle(3));
        assertEquals(NumberingStyle.ARABIC_PAREN, o.numberingStyle(4));
        assertEquals(NumberingStyle.CIRCLED, o.numberingStyle(5));
        assertEquals(NumberingStyle.LATIN_DOT, o.numberingStyle(6));
        assertEquals(NumberingStyle.LATIN_DOT, o.numberingStyle(7));
        assertEquals(NumberingStyle.LATIN_DOT, o.numberingStyle(20));
        assertThrows(IllegalArgumentException.class, () -> o.numberingStyle(0));
    }

    @Test
    void anOutlineWithoutNumberingUsesTheGbT9704Order() {
        Outline o = read(OUTLINE.replace("\"numbering\": [\"一、\", \"（一）\"],", ""));
        assertEquals(List.of(), o.numbering());
        assertEquals(NumberingStyle.CHINESE_COMMA, o.numberingStyle(1));
        assertEquals(NumberingStyle.CHINESE_PAREN, o.numberingStyle(2));
    }

    @Test
    void withReplacesAnOutlineByIdAndKeepsItsPlace() {
        Outline hubei = Outlines.builtIn().forReport("hubei-short");
        Outline renamed = new Outline(
                hubei.id(),
                "湖北省某市部门整体绩效自评报告",
                hubei.region(),
                hubei.source(),
                hubei.title(),
                hubei.numbering(),
                hubei.standardOpening(),
                hubei.cover(),
                hubei.sections(),
                hubei.attachmentListAfter(),
                hubei.attachments());
        Outlines outlines = Outlines.builtIn().with(renamed);
        assertEquals(
                List.of("guangdong-district", "hubei-short", "national-common"),
                outlines.all().stream().map(Outline::id).toList());
        assertSame(renamed, outlines.forReport("hubei-short"));
        assertSame(hubei, Outlines.builtIn().forReport("hubei-short"), "the built-in registry is unchanged");
    }

    @Test
    void withAddsANewOutlineLast() {
        Outlines outlines = Outlines.builtIn().with(read(OUTLINE));
        assertEquals(4, outlines.all().size());
        assertEquals("test-outline", outlines.all().get(3).id());
        assertEquals(3, Outlines.builtIn().all().size());
    }

    @Test
    void withChecksAnOutlineBuiltInCode() {
        Outline o = read(OUTLINE);
        Outline badNumbering = new Outline(
                o.id(),
                o.name(),
                o.region(),
                o.source(),
                o.title(),
                List.of("(a)"),
                o.standardOpening(),
                o.cover(),
                o.sections(),
                o.attachmentListAfter(),
                o.attachments());
        InvalidOutlineException e = assertThrows(
                InvalidOutlineException.class, () -> Outlines.builtIn().with(badNumbering));
        assertEquals("outline.invalid", e.code());
        assertThrows(NullPointerException.class, () -> Outlines.builtIn().with(null));
    }

    @Test
    void theRecordsCopyTheirLists() {
        List<OutlineSection> sections = new java.util.ArrayList<>(read(OUTLINE).sections());
        Outline o = new Outline("x", "x", null, null, "x", null, null, null, sections, null, null);
        sections.clear();
        assertEquals(2, o.sections().size());
        assertEquals(List.of(), o.numbering());
        assertThrows(UnsupportedOperationException.class, () -> o.sections().clear());
    }

    private static Arguments broken(String name, String json, String code, String english) {
        return Arguments.of(name, json, code, english);
    }

    private static Outline read(String json) {
        return Outlines.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theOutlineMessagesAreWordedInBothLanguages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = Outlines.class.getResourceAsStream("/org/jixiao/outline/Messages.properties");
                var b = Outlines.class.getResourceAsStream("/org/jixiao/outline/Messages_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertEquals(en.keySet(), zh.keySet());
        assertTrue(en.size() > 10, "keys: " + en.keySet());
    }
}
