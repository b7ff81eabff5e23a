// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A template whose properties are out of schema order (LibreOffice 7.4 saves a section break's
 * {@code w:sectPr} before the paragraph's {@code w:pStyle}; other editors their own way) renders a
 * document Word accepts: every render here is checked against the schemas ({@link Fixture#render}).
 */
@Tag("issue-11")
class PropertyOrderTest {

    @Test
    void propertiesOutOfOrderInTheTemplateAreInSchemaOrderInTheOutput() {
        String body = "<w:p><w:pPr><w:sectPr><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""
                + " w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
                + "<w:jc w:val=\"center\"/><w:ind w:firstLine=\"640\"/><w:pStyle w:val=\"Normal\"/></w:pPr>"
                + "<w:r><w:rPr><w:sz w:val=\"32\"/><w:b/></w:rPr><w:t>{{title}}</w:t></w:r></w:p>"
                + "<w:tbl><w:tblPr><w:tblLayout w:type=\"fixed\"/><w:tblW w:w=\"2000\" w:type=\"dxa\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:trPr><w:jc w:val=\"center\"/>"
                + "<w:ins w:id=\"1\" w:author=\"a\"/><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:vAlign w:val=\"center\"/>"
                + "<w:tcBorders><w:bottom w:val=\"single\"/><w:top w:val=\"single\"/></w:tcBorders>"
                + "<w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + p("{{title}}") + "</w:tc></w:tr></w:tbl>";
        String header =
                "<w:p><w:pPr><w:jc w:val=\"right\"/><w:pStyle w:val=\"Header\"/></w:pPr>" + r("{{title}}") + "</w:p>";
        byte[] out = render(compile(docx(body, header, null)), Map.of("title", "整体绩效自评报告"));

        String xml = Output.xml(out, "word/document.xml");
        for (String inOrder : List.of(
                "<w:pPr><w:pStyle w:val=\"Normal\"/><w:ind w:firstLine=\"640\"/><w:jc w:val=\"center\"/><w:sectPr>"
                        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar ",
                "<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>",
                "<w:tblPr><w:tblW w:w=\"2000\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>",
                "<w:trPr><w:cantSplit/><w:jc w:val=\"center\"/><w:ins w:id=\"1\" w:author=\"a\"/></w:trPr>",
                "<w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/><w:tcBorders><w:top w:val=\"single\"/>"
                        + "<w:bottom w:val=\"single\"/></w:tcBorders><w:vAlign w:val=\"center\"/></w:tcPr>")) {
            assertTrue(xml.contains(inOrder), inOrder + "\n" + xml);
        }
        String headerXml = Output.xml(out, "word/header1.xml");
        assertTrue(headerXml.contains("<w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr>"), headerXml);
    }

    @Test
    void aMergedCellGetsItsVMergeInSchemaOrderWhenItsPropertiesWereOutOfOrder() {
        String body = table("<w:tr><w:tc><w:tcPr><w:vAlign w:val=\"center\"/><w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/>"
                + "<w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + p("{{#rows}}{{group|merge}}") + "</w:tc>"
                + "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + p("{{name}}{{/rows}}")
                + "</w:tc></w:tr>");
        List<Map<String, String>> rows =
                List.of(Map.of("group", "产出", "name", "a"), Map.of("group", "产出", "name", "b"));
        String xml = Output.xml(render(compileBody(body), Map.of("rows", rows)), "word/document.xml");
        assertTrue(
                xml.contains("<w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/><w:vMerge w:val=\"restart\"/>"
                        + "<w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/><w:vAlign w:val=\"center\"/></w:tcPr>"),
                xml);
        assertTrue(
                xml.contains("<w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/><w:vMerge/>"
                        + "<w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/><w:vAlign w:val=\"center\"/></w:tcPr>"),
                xml);
    }

    @Test
    void partsCopiedAsTheyAreGetTheirPropertiesInSchemaOrderToo() {
        String styles = "<w:docDefaults><w:pPrDefault><w:pPr><w:jc w:val=\"both\"/><w:spacing w:line=\"579\""
                + " w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\""
                + " w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:pPr><w:ind w:firstLine=\"640\"/>"
                + "<w:widowControl w:val=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"32\"/><w:rFonts w:eastAsia=\"仿宋_GB2312\"/>"
                + "</w:rPr></w:style>";
        String settings = "<w:evenAndOddHeaders/><w:compat><w:useFELayout/><w:spaceForUL/></w:compat>"
                + "<w:defaultTabStop w:val=\"640\"/>";
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:lvlText w:val=\"%1、\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:start w:val=\"1\"/></w:lvl></w:abstractNum>";
        byte[] out = render(
                compile(TestDocx.docx()
                        .styles(styles)
                        .settings(settings)
                        .numbering(numbering)
                        .bytes()),
                Map.of());
        assertTrue(Output.xml(out, "word/settings.xml")
                .contains("<w:defaultTabStop w:val=\"640\"/><w:evenAndOddHeaders/><w:compat><w:spaceForUL/>"
                        + "<w:useFELayout/></w:compat>"));
        assertTrue(Output.xml(out, "word/numbering.xml")
                .contains("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                        + "<w:lvlText w:val=\"%1、\"/></w:lvl>"));
        String xml = Output.xml(out, "word/styles.xml");
        assertTrue(
                xml.contains("<w:pPr><w:spacing w:line=\"579\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr>"),
                xml);
        assertTrue(xml.contains("<w:pPr><w:widowControl w:val=\"0\"/><w:ind w:firstLine=\"640\"/></w:pPr>"), xml);
        assertTrue(xml.contains("<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr>"), xml);
    }

    @Test
    void aPartCopiedAsItIsThatIsInOrderKeepsItsBytes() {
        String styles = TestDocx.wrap(
                "w:styles",
                "<!-- kept: nothing moves -->\n  <w:style w:type=\"paragraph\" w:styleId=\"Normal\">"
                        + "<w:name w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"579\"/><w:jc w:val=\"both\"/></w:pPr>"
                        + "</w:style>\n");
        byte[] out = render(
                compile(TestDocx.docx()
                        .styles("")
                        .replace("word/styles.xml", styles)
                        .bytes()),
                Map.of());
        assertEquals(styles, Output.xml(out, "word/styles.xml"));
    }
}
