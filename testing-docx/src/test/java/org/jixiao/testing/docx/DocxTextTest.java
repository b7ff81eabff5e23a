// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import org.approvaltests.Approvals;
import org.jixiao.docx.RawZip;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.TestDocx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DocxTextTest {
    private static final String FONT =
            "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>";

    /** A cut-down 整体绩效自评报告: heading, body, numbering, table with merges, section, header and footer. */
    static TestDocx report() {
        return TestDocx.docx()
                .body("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:jc w:val=\"center\"/></w:pPr>"
                        + "<w:r><w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr><w:t>整体绩效</w:t></w:r>"
                        + "<w:proofErr w:type=\"spellStart\"/>"
                        + "<w:r><w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr><w:t>自评报告</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                        + "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr>"
                        + "<w:r><w:rPr>" + FONT + "</w:rPr><w:t xml:space=\"preserve\">根据《关于开展绩效自评的通知》要求，</w:t></w:r>"
                        + "<w:r><w:rPr>" + FONT + "<w:b/></w:rPr><w:t>现报告如下</w:t></w:r>"
                        + "<w:r><w:rPr>" + FONT
                        + "</w:rPr><w:t>：</w:t><w:tab/><w:t>金额</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                        + "<w:r><w:rPr><w:rFonts w:eastAsia=\"黑体\" w:ascii=\"Times New Roman\"/></w:rPr><w:t>基本情况</w:t></w:r></w:p>"
                        + "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:jc w:val=\"center\"/></w:tblPr>"
                        + "<w:tblGrid><w:gridCol w:w=\"1701\"/><w:gridCol w:w=\"2835\"/><w:gridCol w:w=\"4536\"/></w:tblGrid>"
                        + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("", "一级指标") + cell("", "二级指标")
                        + cell("", "指标值") + "</w:tr>"
                        + "<w:tr>" + cell("<w:vMerge w:val=\"restart\"/><w:vAlign w:val=\"center\"/>", "产出指标")
                        + cell("", "数量指标") + cell("", "100%") + "</w:tr>"
                        + "<w:tr>" + cell("<w:vMerge/>", "") + cell("", "质量指标")
                        + "<w:tc><w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"24\"/><w:b/></w:rPr>"
                        + "<w:t>合格</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr>"
                        + "<w:t>第二段</w:t></w:r></w:p></w:tc></w:tr>"
                        + "<w:tr>" + cell("<w:gridSpan w:val=\"2\"/>", "合计") + cell("", "—") + "</w:tr>"
                        + "</w:tbl>"
                        + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>附件</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                        + "<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>财政部网站</w:t></w:r></w:hyperlink></w:p>"
                        + "<w:p><w:r><w:t xml:space=\"preserve\">尾随空格 </w:t></w:r></w:p>"
                        + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>"
                        + "<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/><w:footerReference w:type=\"even\" r:id=\"rIdF2\"/>"
                        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                        + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\""
                        + " w:footer=\"992\" w:gutter=\"0\"/><w:titlePg/>"
                        + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\" w:charSpace=\"0\"/></w:sectPr>")
                .relationship(
                        "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/hyperlink\" Target=\"https://www.mof.gov.cn/\" TargetMode=\"External\"/>")
                .header(
                        "rIdH1",
                        "header1.xml",
                        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>XX单位</w:t></w:r></w:p>")
                .footer("rIdF2", "footer10.xml", "<w:p><w:r><w:t>偶数页</w:t></w:r></w:p>")
                .footer(
                        "rIdF1",
                        "footer2.xml",
                        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                                + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                + "<w:r><w:instrText xml:space=\"preserve\"> PA</w:instrText></w:r>"
                                + "<w:r><w:instrText>GE  </w:instrText></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>")
                .settings("<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>")
                .styles("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"21\"/></w:rPr>"
                        + "</w:rPrDefault></w:docDefaults>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                        + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                        + "<w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr></w:style>"
                        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style>")
                .numbering("<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"12345678\"/>"
                        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                        + "<w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/>"
                        + "<w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:lvl>"
                        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>"
                        + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
    }

    private static String cell(String tcPr, String text) {
        return "<w:tc><w:tcPr>" + tcPr + "</w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + (text.isEmpty() ? "" : "<w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>" + text + "</w:t></w:r>")
                + "</w:p></w:tc>";
    }

    @Test
    void reportDocumentReadsAsCanonicalText() {
        Approvals.verify(DocxText.canonical(report().bytes()));
    }

    @Test
    void fieldsRenderAsInstructionWithResult() {
        String run = "<w:r><w:fldChar w:fldCharType=\"%s\"/></w:r>";
        byte[] docx = TestDocx.docx()
                .body(
                        // split instruction, cached result kept
                        "<w:p><w:r><w:t xml:space=\"preserve\">单位：</w:t></w:r>" + run.formatted("begin")
                                + "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD </w:instrText></w:r>"
                                + "<w:r><w:instrText>单位名称 </w:instrText></w:r>" + run.formatted("separate")
                                + "<w:r><w:t>«单位名称»</w:t></w:r>" + run.formatted("end") + "</w:p>"
                                // field without a separator
                                + "<w:p>" + run.formatted("begin") + "<w:r><w:instrText>NUMPAGES</w:instrText></w:r>"
                                + run.formatted("end") + "</w:p>"
                                // simple field
                                + "<w:p><w:fldSimple w:instr=\" DATE \\@ &quot;yyyy年M月d日&quot; \"><w:r><w:t>2024年1月1日</w:t></w:r>"
                                + "</w:fldSimple></w:p>"
                                // nested field inside an instruction
                                + "<w:p>" + run.formatted("begin")
                                + "<w:r><w:instrText xml:space=\"preserve\">IF </w:instrText></w:r>"
                                + run.formatted("begin") + "<w:r><w:instrText>MERGEFIELD 类型</w:instrText></w:r>"
                                + run.formatted("separate")
                                + "<w:r><w:t>A</w:t></w:r>" + run.formatted("end")
                                + "<w:r><w:instrText xml:space=\"preserve\"> = \"A\" \"甲\" \"乙\"</w:instrText></w:r>"
                                + run.formatted("separate") + "<w:r><w:t>甲</w:t></w:r>" + run.formatted("end")
                                + "</w:p>"
                                // a TOC spanning paragraphs, with page references
                                + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>" + run.formatted("begin")
                                + "<w:r><w:instrText>TOC \\o \"1-3\" \\h</w:instrText></w:r>"
                                + run.formatted("separate")
                                + "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>一、基本情况</w:t></w:r><w:r><w:tab/></w:r>"
                                + run.formatted("begin") + "<w:r><w:instrText>PAGEREF _Toc1 \\h</w:instrText></w:r>"
                                + run.formatted("separate") + "<w:r><w:t>1</w:t></w:r>" + run.formatted("end")
                                + "</w:hyperlink></w:p>"
                                + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:hyperlink w:anchor=\"_Toc2\">"
                                + "<w:r><w:t>二、绩效目标</w:t></w:r><w:r><w:tab/></w:r></w:hyperlink></w:p>"
                                + "<w:p>" + run.formatted("end") + "</w:p>")
                .bytes();
        Approvals.verify(DocxText.canonical(docx));
    }

    @Test
    void runSplitsAndProofingMarksDoNotShow() {
        String one = DocxText.canonical(TestDocx.docx()
                .body("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>绩效自评</w:t></w:r></w:p>")
                .bytes());
        String split = DocxText.canonical(TestDocx.docx()
                .body("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>绩效</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                        + "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
                        + "<w:r><w:rPr><w:b/></w:rPr><w:lastRenderedPageBreak/><w:t>自评</w:t></w:r></w:p>")
                .bytes());
        assertEquals(one, split);
    }

    @Test
    void invisibleCharactersAreShownAsEscapes() {
        String text = DocxText.canonical(TestDocx.docx()
                .body("<w:p><w:r><w:t>12\u202E34\u200B元</w:t></w:r></w:p>")
                .bytes());
        assertTrue(text.contains("[p] 12<U+202E>34<U+200B>元"), text);
    }

    @Test
    void sameTextWhateverLocaleAndTimeZone() {
        byte[] docx = report().bytes();
        String reference = DocxText.canonical(docx);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertEquals(reference, DocxText.canonical(docx));
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertEquals(reference, DocxText.canonical(docx));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertFalse(reference.contains("\r"));
        assertTrue(reference.endsWith("\n"));
    }

    @Test
    void notAZipIsATemplateException() {
        TemplateException e = assertThrows(
                TemplateException.class, () -> DocxText.canonical("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("template.zip.not-a-zip", e.code());
        assertTrue(e.messageEn().contains("not a .docx"), e.messageEn());
    }

    @Test
    void doctypeIsRefusedNamingThePart() {
        byte[] docx = TestDocx.docx()
                .replace(
                        "word/document.xml",
                        TestDocx.DECL
                                + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<w:document " + TestDocx.NS
                                + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(docx));
        assertEquals("template.doctype", e.code());
        assertEquals("word/document.xml", e.problems().get(0).template().part());
    }

    @Test
    void illFormedPartIsRefusedNamingThePart() {
        byte[] docx = TestDocx.docx()
                .footer("rIdF1", "footer1.xml", "<w:p><w:r><w:t>x</w:r></w:p>")
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(docx));
        assertEquals("template.xml.malformed", e.code());
        assertEquals("word/footer1.xml", e.problems().get(0).template().part());
    }

    @Test
    void packageWithoutDocumentIsRefused() {
        byte[] zip = new RawZip().add("[Content_Types].xml", "<Types/>").bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(zip));
        assertEquals("template.package.missing-part", e.code());
    }

    @Test
    @Tag("hostile-templates")
    void aMainDocumentTheRelationshipsNameButTheZipLacksIsRefused() {
        TestDocx d = TestDocx.docx()
                .replace(
                        "_rels/.rels",
                        TestDocx.DECL
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                + "2006/relationships/officeDocument\" Target=\"word/main.xml\"/></Relationships>");
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(d.bytes()));
        assertEquals("template.package.missing-part", e.code());
        assertEquals("word/main.xml", e.problems().get(0).template().part());
    }

    @Test
    @Tag("hostile-templates")
    void aMainDocumentThatIsNotADocumentIsRefused() {
        byte[] docx = TestDocx.docx()
                .replace("word/document.xml", TestDocx.wrap("w:hdr", "<w:p><w:r><w:t>页眉</w:t></w:r></w:p>"))
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(docx));
        assertEquals("template.package.no-main-document", e.code());
        assertEquals("word/document.xml", e.problems().get(0).template().part());
        assertTrue(e.messageEn().contains("root element is hdr"), e.messageEn());
    }

    @Test
    @Tag("hostile-templates")
    void aPackageWithoutRelationshipsHasNoMainDocument() {
        byte[] zip = new RawZip()
                .add("[Content_Types].xml", "<Types/>")
                .add("word/document.xml", TestDocx.wrap("w:document", "<w:body/>"))
                .bytes();
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(zip));
        assertEquals("template.package.missing-part", e.code());
        assertEquals("_rels/.rels", e.problems().get(0).template().part());
    }

    @Test
    void duplicateEntriesAreRefused() {
        TestDocx d = TestDocx.docx();
        RawZip zip = new RawZip();
        d.entries().forEach(zip::add);
        zip.add("word/document.xml", TestDocx.wrap("w:document", "<w:body/>"));
        TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(zip.bytes()));
        assertEquals("template.zip.duplicate-entry", e.code());
    }
}
