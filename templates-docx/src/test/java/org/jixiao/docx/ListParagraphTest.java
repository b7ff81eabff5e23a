// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListParagraphTest {
    private static final String STYLED =
            "<w:p><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr>" + r("{{findings}}") + "</w:p>";

    @Test
    void aListValueAloneInAParagraphBecomesOneParagraphPerString() {
        byte[] out = render(compileBody(p("问题：") + STYLED + p("完")), Map.of("findings", List.of("一是……", "二是……")));
        assertEquals("问题：\n一是……\n二是……\n完", Output.text(out));
        String xml = Output.xml(out, "word/document.xml");
        assertEquals(
                2, xml.split("<w:ind w:firstLine=\"640\"/>", -1).length - 1, "each paragraph keeps the formatting");
    }

    @Test
    void anEmptyListLeavesNoParagraph() {
        assertEquals(
                "问题：\n完", Output.text(render(compileBody(p("问题：") + STYLED + p("完")), Map.of("findings", List.of()))));
    }

    @Test
    void aStringStillFillsTheParagraphOnce() {
        assertEquals("只有一条", Output.text(render(compileBody(STYLED), Map.of("findings", "只有一条"))));
    }

    @Test
    void surroundingTextIsRepeatedWithEachItem() {
        assertEquals("● a\n● b", Output.text(render(compileBody(p("● {{l}}")), Map.of("l", List.of("a", "b")))));
    }

    @Test
    void inACellTheCellKeepsAParagraph() {
        byte[] out = render(compileBody(table(row("{{l}}", "x"))), Map.of("l", List.of()));
        assertEquals("|  | x |", Output.text(out));
        assertTrue(Output.xml(out, "word/document.xml").contains("<w:tc>"));
    }
}
