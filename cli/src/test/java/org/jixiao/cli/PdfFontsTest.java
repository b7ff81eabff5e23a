// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF {@code render --pdf} makes of the reference report on a machine without the GB/T 9704 fonts:
 * jixiao's font substitution puts the title in a heavy serif (for 方正小标宋简体), the body in a serif (for
 * 仿宋_GB2312), 一、 headings in a sans (for 黑体) and （一） headings in a kai (for 楷体_GB2312). Without it
 * LibreOffice draws all of them in one sans.
 *
 * <p>Which text has which style comes from the rendered .docx ({@link DocxText#canonical}); which font
 * draws it, from the PDF ({@link PdfText}). Runs when LibreOffice, poppler and the free fonts are
 * installed and the GB/T 9704 fonts are not; says which is missing when skipped.
 */
class PdfFontsTest {
    private static final Pattern TITLE = Pattern.compile("NotoSerifCJK\\w*-Bold.*");
    /** The serif, in regular or, for runs in bold, bold. */
    private static final Pattern SERIF = Pattern.compile("FandolFang-Regular|NotoSerifCJK\\w*-(Regular|Bold)-.*");
    /** The serif in bold: FandolFang has no bold, LibreOffice thickens its strokes. */
    private static final Pattern BOLD_SERIF = Pattern.compile("FandolFang-Regular|NotoSerifCJK\\w*-Bold.*");

    private static final Pattern SANS = Pattern.compile("NotoSansCJK\\w*-Regular.*");
    private static final Pattern KAI = Pattern.compile("UKaiCN|FandolKai-Regular|GBZenKai-Medium");

    /** Paragraph style → the fonts its Chinese text may be drawn in; the styles a report must have come first. */
    private static final Map<String, Pattern> EXPECTED = new LinkedHashMap<>();

    private static final Set<String> REQUIRED =
            Set.of("Title", "BodyText", "Heading1", "Heading2", "Heading3", "Heading4");

    static {
        EXPECTED.put("Title", TITLE);
        EXPECTED.put("BodyText", SERIF);
        EXPECTED.put("Heading1", SANS);
        EXPECTED.put("Heading2", KAI);
        EXPECTED.put("Heading3", BOLD_SERIF);
        EXPECTED.put("Heading4", BOLD_SERIF);
        EXPECTED.put("CoverLine", SERIF);
        EXPECTED.put("TableCaption", SERIF);
        EXPECTED.put("AttachmentLabel", SANS);
        EXPECTED.put("TableHeading", SANS);
        EXPECTED.put("TableText", SERIF);
        EXPECTED.put("TableTextLeft", SERIF);
    }

    @TempDir
    static Path dir;

    private static Map<String, List<String>> paragraphsByStyle;
    private static PdfText pdf;

    @BeforeAll
    static void renderThePotouReportToPdf() throws IOException {
        for (String tool : List.of("soffice", "pdffonts", "pdftohtml", "fc-list")) {
            assumeTrue(ExternalProgram.onPath(tool).isPresent(), "skipped: " + tool + " is not installed");
        }
        for (String family : List.of("Noto Serif CJK SC", "Noto Sans CJK SC")) {
            assumeTrue(installed(family), "skipped: " + family + " is not installed (apt-get install fonts-noto-cjk)");
        }
        assumeTrue(
                installed("AR PL UKai CN") || installed("FandolKai") || installed("AR PL KaitiM GB"),
                "skipped: no kai font is installed (apt-get install fonts-arphic-ukai)");
        for (String family : List.of("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312")) {
            assumeTrue(!installed(family), "skipped: " + family + " is installed, nothing is substituted");
        }
        Path json = JarRun.potou(dir.resolve("potou-2022.json"));
        Path docx = dir.resolve("potou-2022.docx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(
                new String[] {"render", json.toString(), "-o", docx.toString(), "--pdf"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(0, exit, err.toString());
        paragraphsByStyle = paragraphsByStyle(DocxText.canonical(Files.readAllBytes(docx)));
        pdf = PdfText.read(dir.resolve("potou-2022.pdf"));
    }

    @Test
    void eachStyleIsDrawnInTheIntendedKindOfFont() {
        Map<String, Set<String>> fontsByStyle = fontsByStyle();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Pattern> expected : EXPECTED.entrySet()) {
            String style = expected.getKey();
            Set<String> fonts = fontsByStyle.get(style);
            if (fonts == null) {
                checks.add(
                        () -> assertFalse(REQUIRED.contains(style), "no text of style " + style + " found in the PDF"));
                continue;
            }
            checks.add(() -> assertTrue(
                    fonts.stream().allMatch(f -> expected.getValue().matcher(f).matches()),
                    style + " should be drawn in " + expected.getValue() + ", is drawn in " + fonts));
        }
        assertAll(checks);
    }

    @Test
    void everyFontIsEmbedded() {
        assertEquals(
                Map.of(),
                pdf.fonts().entrySet().stream()
                        .filter(e -> !e.getValue())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "fonts not embedded");
    }

    /**
     * For each style, the fonts of the PDF's text pieces that hold at least two Chinese characters and
     * occur in paragraphs of that style only (a line of a heading, a line of the body…).
     */
    private static Map<String, Set<String>> fontsByStyle() {
        Pattern chinese = Pattern.compile(".*\\p{IsHan}.*\\p{IsHan}.*");
        Map<String, Set<String>> fonts = new TreeMap<>();
        for (PdfText.Piece piece : pdf.pieces()) {
            if (!chinese.matcher(piece.text()).matches()) {
                continue;
            }
            List<String> styles = paragraphsByStyle.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(p -> p.contains(piece.text())))
                    .map(Map.Entry::getKey)
                    .toList();
            if (styles.size() == 1) {
                fonts.computeIfAbsent(styles.get(0), s -> new TreeSet<>()).add(piece.font());
            }
        }
        return fonts;
    }

    /**
     * The text of each paragraph, whitespace removed, by style: body paragraphs ({@code [p style=X] text}),
     * table cells ({@code | [style=X] text |}) and header cells, whose style the table's line names.
     */
    private static Map<String, List<String>> paragraphsByStyle(String canonical) {
        Pattern paragraph = Pattern.compile("\\[p style=(\\w+)] (.*)");
        Pattern cell = Pattern.compile("\\[style=(\\w+)] ([^\\[]*)");
        Pattern headerStyle = Pattern.compile(".*\\[p style=(\\w+)]\\s*");
        Map<String, List<String>> paragraphs = new HashMap<>();
        String header = "table header";
        for (String line : canonical.lines().toList()) {
            Matcher p = paragraph.matcher(line);
            Matcher h = headerStyle.matcher(line);
            if (p.matches()) {
                add(paragraphs, p.group(1), p.group(2));
            } else if (line.startsWith("[tbl")) {
                header = h.matches() ? h.group(1) : "table header";
            } else if (line.startsWith("|") || line.startsWith("<header>")) {
                for (String text : line.split("\\|")) {
                    Matcher c = cell.matcher(text);
                    boolean styled = false;
                    while (c.find()) {
                        add(paragraphs, c.group(1), c.group(2));
                        styled = true;
                    }
                    if (!styled && line.startsWith("<header>") && !text.startsWith("<header>")) {
                        add(paragraphs, header, text);
                    }
                }
            }
        }
        return paragraphs;
    }

    private static void add(Map<String, List<String>> paragraphs, String style, String text) {
        String compact = text.replaceAll("\\s+", "");
        if (!compact.isEmpty()) {
            paragraphs.computeIfAbsent(style, s -> new ArrayList<>()).add(compact);
        }
    }

    /** Whether fontconfig knows a font named {@code family}. */
    private static boolean installed(String family) {
        try {
            Process process = new ProcessBuilder("fc-list", family, "family")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && !listing.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
