// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.preflight.TemplatePreflight;
import org.junit.jupiter.api.Test;

/**
 * A template saved in ISO/IEC 29500 Strict (Word's "Strict Open XML Document") uses other namespace
 * URIs for WordprocessingML and relationships: the pre-flight, the compiler and the canonical text read
 * it with the same names, so its markers are found, checked and replaced like a transitional one's.
 */
class StrictNamespacesTest {
    private static final Map<String, String> STRICT = Map.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships");

    /** {@code transitional} with every WordprocessingML and relationship namespace (and type) made strict. */
    private static byte[] strict(byte[] transitional) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Output.entries(transitional).forEach((name, bytes) -> {
            String s = new String(bytes, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : STRICT.entrySet()) {
                s = s.replace(e.getKey(), e.getValue());
            }
            parts.put(name, s.getBytes(StandardCharsets.UTF_8));
        });
        return Fixture.zipBytes(parts);
    }

    @Test
    void aStrictTemplateIsCheckedCompiledAndRenderedLikeATransitionalOne() {
        byte[] docx = strict(Fixture.docx(Fixture.p("单位：{{unit}}"), Fixture.p("页眉 {{year}}"), null));
        assertTrue(new String(Output.entries(docx).get("word/document.xml"), StandardCharsets.UTF_8)
                .contains("purl.oclc.org/ooxml/wordprocessingml/main"));

        assertEquals(List.of(), TemplatePreflight.check(docx));
        DocxTemplate t = Fixture.compile(docx);
        assertEquals(
                List.of("unit", "year"),
                t.fields().stream().map(TemplateField::path).sorted().toList());

        byte[] out = Fixture.renderUnchecked(t, Map.of("unit", "坡头区民政局", "year", "2022"));
        String document = new String(Output.entries(out).get("word/document.xml"), StandardCharsets.UTF_8);
        assertFalse(document.contains("{{"), document);
        assertTrue(document.contains("purl.oclc.org/ooxml/wordprocessingml/main"), document);
        // the canonical text (jixiao-testing-docx) depends on this module, so the test reads the part itself
        assertTrue(document.contains("坡头区民政局"), document);
        String header = Output.entries(out).entrySet().stream()
                .filter(e -> e.getKey().startsWith("word/header"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
        assertTrue(header.contains("2022") && !header.contains("{{"), header);
    }
}
