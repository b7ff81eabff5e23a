// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paragraphs that hold only markers vanish, whatever else Word put in them, except a section break. */
class MarkerParagraphsTest {
    @Test
    void markerParagraphWithBookmarksAndFormattingLeavesNothing() {
        String open =
                "<w:p w:rsidR=\"00112233\"><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>"
                        + b("{{#l}}") + "<w:bookmarkEnd w:id=\"0\"/></w:p>";
        String body = p("前") + open + p("{{.}}") + "<w:p><w:r><w:t xml:space=\"preserve\">  {{/l}} </w:t></w:r></w:p>"
                + p("后");
        assertEquals("前\nx\ny\n后", Output.text(render(compileBody(body), Map.of("l", List.of("x", "y")))));
    }

    @Test
    void severalMarkersInOneParagraphAreAllBlockMarkers() {
        String body = p("{{#a}}") + p("{{.}}") + p("{{/a}}{{#b}}") + p("{{.}}") + p("{{/b}}");
        assertEquals(
                "1\n2\n3", Output.text(render(compileBody(body), Map.of("a", List.of("1", "2"), "b", List.of("3")))));
    }

    @Test
    void aMarkerParagraphCarryingASectionBreakKeepsTheBreak() {
        String withBreak =
                "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:pPr>"
                        + r("{{/l}}") + "</w:p>";
        byte[] out = render(compileBody(p("{{#l}}") + p("{{.}}") + withBreak + p("后")), Map.of("l", List.of("x")));
        String xml = Output.xml(out, "word/document.xml");
        assertEquals(1, xml.split("w:orient=\"landscape\"", -1).length - 1, xml);
        assertTrue(!xml.contains("{{"), xml);
        assertEquals("x\n\n后", Output.text(out));
    }
}
