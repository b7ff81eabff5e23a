// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the checker reports, and where: part, line, column and element. */
class OoxmlSchemasTest {
    /** GB/T 9704's signature paragraph as an older template wrote it: right-aligned before its indent. */
    static final String JC_BEFORE_IND = "<w:p><w:pPr><w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/></w:pPr></w:p>";

    private static List<SchemaProblem> check(Docx docx) {
        return OoxmlSchemas.check(docx.bytes());
    }

    private static Docx document(String body) {
        return Docx.minimal().with("word/document.xml", Docx.document(body));
    }

    private static SchemaProblem only(List<SchemaProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void aMinimalPackageIsValid() {
        assertEquals(List.of(), check(Docx.minimal()));
    }

    @Test
    void jcBeforeIndIsReportedWithPartLineColumnAndElement() {
        SchemaProblem p = only(check(document("<w:p><w:r><w:t>一</w:t></w:r></w:p>\n" + JC_BEFORE_IND)));
        assertEquals("word/document.xml", p.part());
        assertEquals(3, p.line());
        assertEquals(57, p.column(), "the column after the end of <w:ind …/>, where the validator stands");
        assertEquals("/w:document/w:body[1]/w:p[2]/w:pPr[1]/w:ind[1]", p.element());
        assertTrue(
                p.message()
                        .startsWith(
                                "cvc-complex-type.2.4.a: Invalid content was found starting with element '{w:ind}'."),
                p.message());
        assertTrue(p.message().contains("w:textDirection"), "says what may follow w:jc: " + p.message());
    }

    @Test
    void indBeforeJcIsValid() {
        assertEquals(
                List.of(),
                check(document("<w:p><w:pPr><w:ind w:right=\"1280\"/><w:jc w:val=\"right\"/></w:pPr></w:p>")));
    }

    @Test
    void evenAndOddHeadersBeforeDefaultTabStopIsReported() {
        SchemaProblem p = only(check(Docx.minimal()
                .with(
                        "word/settings.xml",
                        Docx.DECL + "<w:settings " + Docx.W + "><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"640\"/>"
                                + "</w:settings>")));
        assertEquals("word/settings.xml", p.part());
        assertEquals("/w:settings/w:defaultTabStop[1]", p.element());
        assertTrue(p.message().contains("'{w:defaultTabStop}'"), p.message());
    }

    @Test
    void namespacesTheMessageNamesAreWrittenAsPrefixes() {
        String drawing = "<w:p><w:r><w:drawing><wp:inline"
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                + "<wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"1\" name=\"图 1\"/></wp:inline></w:drawing></w:r></w:p>";
        SchemaProblem p = only(check(document(drawing)));
        assertEquals("/w:document/w:body[1]/w:p[1]/w:r[1]/w:drawing[1]/wp:inline[1]", p.element());
        assertTrue(
                p.message().contains("'{wp:cNvGraphicFramePr, a:graphic}'"),
                "a: is not declared in the part: " + p.message());
    }

    @Test
    void assertValidListsEveryProblemOnePerLine() {
        byte[] docx = document(JC_BEFORE_IND)
                .with(
                        "word/settings.xml",
                        Docx.DECL + "<w:settings " + Docx.W + "><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"640\"/>"
                                + "</w:settings>")
                .bytes();
        AssertionError e = assertThrows(AssertionError.class, () -> OoxmlSchemas.assertValid(docx));
        String[] lines = e.getMessage().split("\n");
        assertEquals(3, lines.length, e.getMessage());
        assertTrue(lines[0].endsWith("2 problems:"), lines[0]);
        assertTrue(lines[1].startsWith("  word/document.xml:2:"), lines[1]);
        assertTrue(lines[1].contains(" /w:document/w:body[1]/w:p[1]/w:pPr[1]/w:ind[1]: cvc-"), lines[1]);
        assertTrue(lines[2].startsWith("  word/settings.xml:2:"), lines[2]);
    }

    @Test
    void assertValidPassesAValidPackage() {
        assertDoesNotThrow(() -> OoxmlSchemas.assertValid(Docx.minimal().bytes()));
    }

    @Test
    void aFileIsCheckedLikeItsBytes(@TempDir Path dir) throws IOException {
        Path file = Files.write(
                dir.resolve("signature.docx"), document(JC_BEFORE_IND).bytes());
        assertEquals(OoxmlSchemas.check(Files.readAllBytes(file)), OoxmlSchemas.check(file));
        AssertionError e = assertThrows(AssertionError.class, () -> OoxmlSchemas.assertValid(file));
        assertTrue(e.getMessage().startsWith(file + " breaks"), e.getMessage());
    }

    @Test
    void ignorableExtensionsAreDroppedAsWordDrops() {
        assertEquals(
                List.of(),
                check(document("<w:p w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\"><w:pPr><w14:anything/>"
                        + "<w:jc w:val=\"right\"/></w:pPr></w:p>")));
    }

    @Test
    void extensionsNotMarkedIgnorableAreReported() {
        String xml = Docx.DECL + "<w:document " + Docx.W + " " + Docx.W14 + "><w:body>"
                + "<w:p w14:paraId=\"1A2B3C4D\"/></w:body></w:document>";
        SchemaProblem p = only(check(Docx.minimal().with("word/document.xml", xml)));
        assertEquals("/w:document/w:body[1]/w:p[1]", p.element());
        assertTrue(p.message().contains("w14:paraId"), p.message());
    }

    @Test
    void anIgnorableDeclarationCoversItsElementAndItsSubtreeOnly() {
        String xml = Docx.DECL + "<w:document " + Docx.W + " " + Docx.W14 + " " + Docx.MC + "><w:body>"
                + "<w:p mc:Ignorable=\"w14\" w14:paraId=\"1A2B3C4D\"><w:r w14:anything=\"1\"/></w:p>"
                + "<w:p w14:paraId=\"5E6F7A8B\"/></w:body></w:document>";
        SchemaProblem p = only(check(Docx.minimal().with("word/document.xml", xml)));
        assertEquals("/w:document/w:body[1]/w:p[2]", p.element());
    }

    @Test
    void theFallbackOfAnAlternateContentIsWhatIsChecked() {
        String choice = "<mc:Choice Requires=\"w14\"><w14:anything/></mc:Choice>";
        String valid = "<w:p><w:r><mc:AlternateContent>" + choice + "<mc:Fallback><w:t>甲</w:t></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        assertEquals(List.of(), check(document(valid)));
        String invalid = "<w:p><w:r><mc:AlternateContent>" + choice + "<mc:Fallback><w:p/></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        assertEquals(
                "/w:document/w:body[1]/w:p[1]/w:r[1]/w:p[1]",
                only(check(document(invalid))).element());
    }

    @Test
    void aChoiceRequiringOnlyTheStandardIsTakenBeforeTheFallback() {
        String body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w\"><w:p/></mc:Choice>"
                + "<mc:Fallback><w:t>甲</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        assertEquals(
                "/w:document/w:body[1]/w:p[1]/w:r[1]/w:p[1]",
                only(check(document(body))).element());
    }

    @Test
    void processContentReadsTheChildrenOfAnIgnoredElement() {
        String wrapped = "<w:p mc:ProcessContent=\"w14:wrap\"><w14:wrap><w:r><w:t>甲</w:t></w:r></w14:wrap></w:p>";
        assertEquals(List.of(), check(document(wrapped)));
        String invalid = "<w:p mc:ProcessContent=\"w14:wrap\"><w14:wrap>" + JC_BEFORE_IND + "</w14:wrap></w:p>";
        assertEquals(
                "/w:document/w:body[1]/w:p[1]/w:p[1]",
                only(check(document(invalid))).element());
    }

    @Test
    void mustUnderstandOfAnExtensionIsReported() {
        String xml = Docx.DECL + "<w:document " + Docx.W + " " + Docx.W14 + " " + Docx.MC
                + " mc:MustUnderstand=\"w14\"><w:body/></w:document>";
        assertTrue(only(check(Docx.minimal().with("word/document.xml", xml)))
                .message()
                .startsWith("mc:MustUnderstand lists w14"));
    }

    @Test
    void coreDatesMustBeTypedW3cdtf() {
        String typed = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-31T08:00:00Z</dcterms:created>";
        assertEquals(List.of(), check(Docx.minimal().with("docProps/core.xml", Docx.core(typed))));
        String untyped = "<dcterms:created>2024-03-31T08:00:00Z</dcterms:created>";
        SchemaProblem p = only(check(Docx.minimal().with("docProps/core.xml", Docx.core(untyped))));
        assertEquals("docProps/core.xml", p.part());
        assertTrue(p.message().contains("abstract"), p.message());
        String notADate = "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">去年</dcterms:modified>";
        List<SchemaProblem> problems = check(Docx.minimal().with("docProps/core.xml", Docx.core(notADate)));
        assertEquals(2, problems.size(), "the value, then the element holding it: " + problems);
        assertTrue(problems.get(0).message().contains("'去年' is not a valid value"), problems::toString);
        for (SchemaProblem q : problems) {
            assertEquals("/cp:coreProperties/dcterms:modified[1]", q.element());
        }
    }

    @Test
    void coreAllowsNoOtherDublinCoreElement() {
        SchemaProblem p =
                only(check(Docx.minimal().with("docProps/core.xml", Docx.core("<dc:publisher>某局</dc:publisher>"))));
        assertEquals("/cp:coreProperties/dc:publisher[1]", p.element());
    }

    @Test
    void customXmlDataIsOnlyCheckedToBeWellFormed() {
        String data = Docx.DECL + "<b:Sources xmlns:b=\"urn:example:any\"><b:Source/></b:Sources>";
        assertEquals(List.of(), check(Docx.minimal().with("customXml/item1.xml", data)));
        SchemaProblem p = only(check(Docx.minimal().with("customXml/item1.xml", data.replace("</b:Sources>", ""))));
        assertEquals("customXml/item1.xml", p.part());
        assertTrue(
                p.message().contains("must be terminated") || p.message().contains("XML document structures"),
                p.message());
    }

    @Test
    void aDeclaredPartNoSchemaDefinesIsReported() {
        String types = Docx.minimal()
                .entry("[Content_Types].xml")
                .replace(
                        "</Types>",
                        "<Override PartName=\"/word/extra.xml\" ContentType=\"application/vnd.example+xml\"/></Types>");
        SchemaProblem p = only(check(Docx.minimal()
                .with("[Content_Types].xml", types)
                .with("word/extra.xml", Docx.DECL + "<x:extra xmlns:x=\"urn:example:extra\"/>")));
        assertEquals("word/extra.xml", p.part());
        assertTrue(p.message().startsWith("no bundled schema declares the root element {urn:example:extra}extra"));
    }

    @Test
    void aDoctypeIsRefusedAndNothingExternalIsRead() {
        String xxe = Docx.DECL.replace("\n", "") + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<w:document " + Docx.W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        SchemaProblem p = only(check(Docx.minimal().with("word/document.xml", xxe)));
        assertEquals(1, p.line());
        assertTrue(p.message().contains("DOCTYPE"), p.message());
        assertTrue(!p.message().contains("root:"), "nothing of the entity's target is read");
    }

    @Test
    void aPartCannotPointTheValidatorAtOtherSchemas() {
        String hint = Docx.DECL + "<w:document " + Docx.W + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                + " http://example.invalid/lenient.xsd\"><w:body>" + JC_BEFORE_IND + "</w:body></w:document>";
        SchemaProblem p = only(check(Docx.minimal().with("word/document.xml", hint)));
        assertEquals(
                "/w:document/w:body[1]/w:p[1]/w:pPr[1]/w:ind[1]", p.element(), "the bundled wml.xsd still applies");
    }

    @Test
    void malformedXmlIsReportedAtItsLine() {
        SchemaProblem p = only(check(document("<w:p>\n<w:r></w:p>")));
        assertEquals(3, p.line());
        assertEquals("/w:document/w:body[1]/w:p[1]/w:r[1]", p.element());
    }

    @Test
    void bytesThatAreNoZipAreReported() {
        SchemaProblem p = only(OoxmlSchemas.check("not a zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals("/", p.part());
    }

    @Test
    void aPackageWithoutContentTypesIsReported() {
        SchemaProblem p = only(check(Docx.minimal().without("[Content_Types].xml")));
        assertEquals("[Content_Types].xml", p.part());
        assertEquals(0, p.line());
    }
}
