// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.jixiao.testing.docx.DocxText;

/**
 * Checks an engine's output before it is timed: a benchmark of broken output is worthless. The
 * document must re-open in Apache POI and in docx4j, and the text each reads must hold every
 * {@link Potou#KEY_STRINGS key string}.
 */
public final class OutputCheck {
    private OutputCheck() {}

    /**
     * Re-opens {@code docx} with POI and docx4j and looks for the key strings.
     *
     * @throws IllegalStateException naming the engine, the reader and the missing strings
     */
    public static void verify(String engine, byte[] docx) {
        String poiText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            poiText = extractor.getText();
        } catch (Exception e) {
            throw new IllegalStateException(engine + ": output does not re-open in Apache POI", e);
        }
        String docx4jText;
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            StringWriter w = new StringWriter();
            TextUtils.extractText(pkg.getMainDocumentPart().getJaxbElement(), w);
            docx4jText = w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(engine + ": output does not re-open in docx4j", e);
        }
        List<String> missing = new ArrayList<>();
        for (String key : Potou.KEY_STRINGS) {
            if (!poiText.contains(key)) {
                missing.add(key + " (POI)");
            }
            if (!docx4jText.contains(key)) {
                missing.add(key + " (docx4j)");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(engine + ": output lacks " + missing);
        }
    }

    /**
     * Requires poi-tl's output to be the same document as jixiao's: the main story's canonical text
     * view (paragraph styles and properties, run formatting, tables, merges, text), line for line.
     * One poi-tl artefact is ignored: every run poi-tl splits gets an empty {@code <w:u/>} (POI
     * 5.2.2's {@code XWPFRun.getUnderlineColor()} creates it), which the canonical view reads as
     * {@code u=single}; LibreOffice renders no underline for it.
     *
     * @return the number of lines compared
     * @throws IllegalStateException listing the first differing lines
     */
    public static int requireEquivalent(byte[] jixiao, byte[] poiTl) {
        List<String> a = mainStory(jixiao);
        List<String> b = mainStory(poiTl);
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? withoutUnderline(a.get(i)) : "<none>";
            String y = i < b.size() ? withoutUnderline(b.get(i)) : "<none>";
            if (!x.equals(y) && diff.size() < 5) {
                diff.add("line " + (i + 1) + ":\n  jixiao: " + x + "\n  poi-tl: " + y);
            }
        }
        if (!diff.isEmpty()) {
            throw new IllegalStateException("poi-tl's document differs from jixiao's:\n" + String.join("\n", diff));
        }
        return a.size();
    }

    private static String withoutUnderline(String line) {
        return line.replaceAll("\\{(/u|-u|u=single)\\}", "")
                .replace(" u=single", "")
                .replace("u=single ", "")
                .replace("  {}", "")
                .stripTrailing();
    }

    private static List<String> mainStory(byte[] docx) {
        String canonical = DocxText.canonical(docx);
        int start = canonical.indexOf("== word/document.xml\n");
        int end = canonical.indexOf("\n== ", start + 1);
        return List.of(
                canonical.substring(start, end < 0 ? canonical.length() : end).split("\n"));
    }
}
