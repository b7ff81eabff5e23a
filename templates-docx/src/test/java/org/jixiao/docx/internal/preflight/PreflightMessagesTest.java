// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.xml.XmlEncoding;
import org.jixiao.docx.internal.xml.XmlEncodingException;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * Every message of the pre-flight's own problem factories, once each, in both languages: the approved file is
 * what a user reads for a rejected package (the checks that find them are tested with real packages elsewhere).
 */
class PreflightMessagesTest {
    private static final PreflightLimits LIMITS = PreflightLimits.DEFAULT;

    @Test
    void everyPreflightMessageInBothLanguages() throws Exception {
        List<Problem> all = new ArrayList<>();
        all.add(ZipProblems.fileTooLarge(30L * 1024 * 1024 + 5, LIMITS));
        all.add(ZipProblems.notAZip(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
        all.add(ZipProblems.notAZip("%PDF".getBytes(StandardCharsets.US_ASCII)));
        all.add(ZipProblems.encrypted("word/document.xml"));
        all.add(ZipProblems.tooManyEntries(LIMITS));
        all.add(ZipProblems.duplicate("word/document.xml", "word/document.xml", 3));
        all.add(ZipProblems.duplicate("Word/Document.xml", "word/document.xml", 4));
        all.add(ZipProblems.entryTooLarge("word/document.xml", 2, LIMITS));
        all.add(ZipProblems.totalTooLarge("word/media/a.png", 7, LIMITS));
        all.add(ZipProblems.ratio("word/document.xml", 2, 250L * 1024 * 1024, 1024L * 1024, LIMITS));
        all.add(ZipProblems.corrupt(5));
        all.add(ZipProblems.inconsistent(3, 4));
        all.add(ActiveContent.macro("word/vbaProject.bin", "entry 6", ""));
        all.add(ActiveContent.activeX("word/activeX/activeX1.xml", "entry 7", ""));
        all.add(ActiveContent.ole("word/embeddings/oleObject1.bin", "entry 8", ""));
        all.add(ActiveContent.altChunk("word/document.xml", "paragraph 2", "<w:altChunk"));
        for (String name :
                List.of("", "word\\document.xml", "/word/document.xml", "C:/x.xml", "word/../x.xml", "a\u0001b")) {
            all.add(EntryNames.check(name, 1));
        }
        all.add(PartProblems.of("word/document.xml", new XmlReadException(XmlReadException.Kind.TOO_DEEP, 3, 4, null)));
        all.add(PartProblems.of(
                "word/document.xml", new XmlReadException(XmlReadException.Kind.MALFORMED, 3, 4, null)));
        all.add(PartProblems.of("word/document.xml", new XmlReadException(XmlReadException.Kind.DOCTYPE, 1, 10, null)));
        for (byte[] xml : List.of(
                new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '<'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '<', 0, 0, 0},
                new byte[] {0, '<', 0, 'a'},
                new byte[] {'<', 0, 'a', 0},
                new byte[] {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94},
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {
                    (byte) 0xFE,
                    (byte) 0xFF,
                    0,
                    '<',
                    0,
                    '?',
                    0,
                    'x',
                    0,
                    'm',
                    0,
                    'l',
                    0,
                    ' ',
                    0,
                    'e',
                    0,
                    'n',
                    0,
                    'c',
                    0,
                    'o',
                    0,
                    'd',
                    0,
                    'i',
                    0,
                    'n',
                    0,
                    'g',
                    0,
                    '=',
                    0,
                    '"',
                    0,
                    'U',
                    0,
                    'T',
                    0,
                    'F',
                    0,
                    '-',
                    0,
                    '8',
                    0,
                    '"'
                },
                new byte[] {'<', 'a', '>', (byte) 0xC3, '<'})) {
            XmlEncodingException e = assertThrows(XmlEncodingException.class, () -> XmlEncoding.reader(xml));
            all.add(PartProblems.encoding("word/document.xml", e));
        }
        all.add(PartProblems.noMainDocument("_rels/.rels", ""));
        all.add(PartProblems.noMainDocument("word/document.xml", "w:body"));
        all.add(PartProblems.missing("[Content_Types].xml"));
        all.add(LocalTemplate.dropped("word/settings.xml", "relationship rId1", "file:///C:/Users/a/Normal.dotm"));
        all.add(Problems.notWellFormed("word/document.xml", "Unexpected end of input"));
        Approvals.verify(ProblemText.of(all));
    }
}
