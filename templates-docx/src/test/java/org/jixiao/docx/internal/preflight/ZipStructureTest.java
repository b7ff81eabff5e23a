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

/** ZIP-level pre-flight checks: duplicates, names, encryption, limits. */
class ZipStructureTest {
    @Test
    void twoDocumentEntriesAreRejected() {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach(zip::add);
        zip.add(
                "word/document.xml",
                TestDocx.wrap("w:document", "<w:body><w:p><w:r><w:t>另一份</w:t></w:r></w:p></w:body>"));
        List<Problem> problems = TemplatePreflight.check(zip.bytes());
        assertEquals(
                List.of("template.zip.duplicate-entry"),
                problems.stream().map(Problem::code).toList());
        assertEquals("word/document.xml", problems.get(0).template().part());
    }

    @Test
    void namesDifferingOnlyInCaseAreDuplicates() {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach(zip::add);
        zip.add("Word/Document.xml", TestDocx.wrap("w:document", "<w:body/>"));
        assertEquals(List.of("template.zip.duplicate-entry"), TemplatePreflightTest.codes(zip.bytes()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.xml",
                "word/../../evil.xml",
                "/etc/evil.xml",
                "C:\\evil.xml",
                "c:/evil.xml",
                "word\\evil.xml"
            })
    void unsafeEntryNamesAreRejected(String name) {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach(zip::add);
        zip.add(name, "<x/>");
        List<Problem> problems = TemplatePreflight.check(zip.bytes());
        assertEquals(
                List.of("template.zip.unsafe-name"),
                problems.stream().map(Problem::code).toList());
        assertEquals(name, problems.get(0).template().part());
    }

    @Test
    void approvedProblemsOfABrokenZip() {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach((n, c) -> {
            if (!n.equals("[Content_Types].xml")) {
                zip.add(n, c);
            }
        });
        zip.add("word/document.xml", "<w:document/>");
        zip.add("../../evil.xml", "<x/>");
        Approvals.verify(ProblemText.of(TemplatePreflight.check(zip.bytes())));
    }

    @Test
    void encryptedEntryIsRejected() {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach(zip::add);
        zip.addEncrypted("word/secret.xml", new byte[] {1, 2, 3});
        assertEquals(List.of("template.zip.encrypted"), TemplatePreflightTest.codes(zip.bytes()));
    }

    @Test
    void entryHiddenFromTheCentralDirectoryIsRejected() {
        RawZip zip = new RawZip();
        TestDocx.docx().entries().forEach(zip::add);
        zip.addHidden("word/hidden.xml", "<x/>");
        assertEquals(List.of("template.zip.inconsistent"), TemplatePreflightTest.codes(zip.bytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "PK", "PK\u0003\u0004garbage-garbage-garbage-garbage"})
    void nonZipInputIsAProblemNotAnException(String content) {
        List<String> codes = TemplatePreflightTest.codes(content.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, codes.size(), codes::toString);
        assertTrue(codes.get(0).startsWith("template.zip."), codes::toString);
    }

    @Test
    void nullIsNotAZip() {
        assertEquals(List.of("template.zip.not-a-zip"), TemplatePreflightTest.codes(null));
    }

    @Test
    void passwordProtectedOfficeFileIsNamedAsSuch() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Problem p = TemplatePreflight.check(ole2).get(0);
        assertEquals("template.zip.not-a-zip", p.code());
        assertTrue(p.messageEn().contains("password"), p.messageEn());
    }

    @Test
    void truncatedZipIsCorruptAndStillChecked() {
        byte[] whole = TestDocx.docx().bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        List<String> codes = TemplatePreflightTest.codes(cut);
        assertTrue(codes.contains("template.zip.corrupt"), codes::toString);
    }

    @Test
    void missingContentTypesAndDocumentAreReported() {
        byte[] zip = new RawZip()
                .add("word/styles.xml", TestDocx.wrap("w:styles", ""))
                .bytes();
        List<Problem> problems = TemplatePreflight.check(zip);
        assertEquals(
                List.of("[Content_Types].xml", "word/document.xml"),
                problems.stream().map(p -> p.template().part()).toList());
    }

    @Test
    void limitsAreConfigurable() {
        byte[] docx = TestDocx.docx().bytes();
        PreflightLimits tiny = new PreflightLimits(1000, 1 << 20, 1 << 20, 200, 1 << 20, 100);
        assertEquals(
                List.of("template.zip.too-large"),
                TemplatePreflight.check(docx, tiny).stream().map(Problem::code).toList());
        PreflightLimits fewEntries = new PreflightLimits(3, 1 << 20, 1 << 20, 200, 1 << 20, 1 << 20);
        assertEquals(
                List.of("template.zip.too-many-entries"),
                TemplatePreflight.check(docx, fewEntries).stream()
                        .map(Problem::code)
                        .toList());
    }
}
