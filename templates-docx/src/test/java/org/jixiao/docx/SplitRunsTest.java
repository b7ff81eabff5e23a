// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Word, WPS and LibreOffice split text into runs anywhere; markers must work wherever the split falls. */
class SplitRunsTest {
    private static final String TEXT = "前{{a}}中{{#l}}[{{@n|（一）}}{{.}}]{{/l}}后{{b|amount}}";
    private static final Map<String, ?> DATA = Map.of("a", "甲", "l", List.of("x", "y"), "b", 5);

    private static final List<BiFunction<String, String, String>> SEPARATORS = List.of(
            (x, y) -> r(x) + r(y),
            (x, y) -> r(x) + "<w:proofErr w:type=\"spellStart\"/>" + r(y) + "<w:proofErr w:type=\"spellEnd\"/>",
            (x, y) -> r(x) + "<w:bookmarkStart w:id=\"0\" w:name=\"m\"/>" + r(y) + "<w:bookmarkEnd w:id=\"0\"/>",
            (x, y) -> b(x) + r(y),
            (x, y) -> r(x) + "<w:smartTag w:uri=\"u\" w:element=\"e\">" + r(y) + "</w:smartTag>",
            (x, y) -> "<w:r w:rsidR=\"00A1B2C3\"><w:t>" + esc(x) + "</w:t><w:lastRenderedPageBreak/></w:r>"
                    + "<w:r w:rsidR=\"00B2C3D4\"><w:t>" + esc(y) + "</w:t></w:r>");

    @Test
    void everySplitPositionRendersTheSameText() {
        String expected = Output.text(render(compileBody(p(TEXT)), DATA));
        assertEquals(
                "前甲中[（一）x][（二）y]后"
                        + org.jixiao.format.TextFormat.byName("amount")
                                .orElseThrow()
                                .apply(5),
                expected);
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < SEPARATORS.size(); s++) {
            for (int i = 1; i < TEXT.length(); i++) {
                String body = "<w:p>" + SEPARATORS.get(s).apply(TEXT.substring(0, i), TEXT.substring(i)) + "</w:p>";
                String got = Output.text(render(compileBody(body), DATA));
                if (!got.equals(expected)) {
                    failures.add("separator " + s + " at " + i + ": " + got);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void splitAtEveryPairOfPositionsToo() {
        String text = "{{#l}}{{.}}{{/l}}";
        for (int i = 1; i < text.length(); i++) {
            for (int j = i + 1; j < text.length(); j++) {
                String body =
                        "<w:p>" + r(text.substring(0, i)) + b(text.substring(i, j)) + r(text.substring(j)) + "</w:p>";
                assertEquals("xy", Output.text(render(compileBody(body), DATA)), i + "," + j);
            }
        }
    }

    @Test
    void blockMarkersSplitAcrossRunsLeaveNoParagraph() {
        String body = "<w:p>" + r("{{#") + "<w:proofErr w:type=\"spellStart\"/>" + r("l") + r("}}") + "</w:p>"
                + p("{{.}}") + "<w:p>" + b("{{/l") + r("}}") + "</w:p>";
        assertEquals("x\ny", Output.text(render(compileBody(body), DATA)));
    }
}
