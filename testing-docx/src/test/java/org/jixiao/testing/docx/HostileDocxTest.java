// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.TestDocx;
import org.junit.jupiter.api.Test;

/** Canonical text reads hostile packages as the engine's pre-flight does: a documented failure, nothing else. */
class HostileDocxTest {
    @Test
    void aDoctypeIsRefusedWithTheEnginesCode() {
        for (String doctype : new String[] {
            "<!DOCTYPE w:document SYSTEM \"http://127.0.0.1:9/external.dtd\">",
            "<!DOCTYPE w:document [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/param.dtd\"> %p;]>",
            "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"http://127.0.0.1:9/entity\">]>",
        }) {
            byte[] docx = TestDocx.docx()
                    .replace(
                            "word/document.xml",
                            TestDocx.DECL + doctype + "<w:document " + TestDocx.NS
                                    + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                    .bytes();
            TemplateException e = assertThrows(TemplateException.class, () -> DocxText.canonical(docx));
            assertEquals("template.doctype", e.code(), doctype);
        }
    }

    @Test
    void mutatedPackagesReadOrFailWithTemplateException() {
        byte[] clean = TestDocx.docx()
                .styles("<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>")
                .body("<w:p><w:fldSimple w:instr=\"PAGE\"/><w:r><w:t>正文</w:t></w:r></w:p>")
                .bytes();
        Random random = new Random(20260101L);
        for (int i = 0; i < 1_000; i++) {
            byte[] mutated = clean.clone();
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            try {
                DocxText.canonical(mutated);
            } catch (TemplateException expected) {
                // the documented failure; anything else fails the test
            }
        }
    }
}
