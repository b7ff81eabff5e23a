// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's text and the font each piece of it is drawn in, as poppler reads it: {@code pdftohtml -xml}
 * gives each run of text with its font's subset tag ({@code BAAAAA+NotoSerifCJKjp}), {@code pdffonts}
 * the full name behind each tag ({@code NotoSerifCJKjp-Bold-VKana}) and whether it is embedded.
 *
 * <p>Noto CJK's collections share one glyph program, named {@code …CJKjp…}, between their Japanese,
 * Simplified Chinese and other faces, so a PDF names every Noto CJK face {@code jp}: the name tells the
 * family (serif or sans) and the weight, not the face.
 *
 * @param pieces every run of text, in reading order
 * @param fonts every font: full name without subset tag → embedded
 */
record PdfText(List<Piece> pieces, Map<String, Boolean> fonts) {

    /**
     * A run of text in one font.
     *
     * @param text the text, whitespace removed
     * @param font the font's full name, without subset tag
     */
    record Piece(String text, String font) {}

    private static final Pattern FONTSPEC = Pattern.compile("<fontspec id=\"(\\d+)\"[^>]* family=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<text [^>]*font=\"(\\d+)\"[^>]*>(.*?)</text>");

    static PdfText read(Path pdf) {
        Map<String, String> byTag = new HashMap<>();
        Map<String, Boolean> fonts = new HashMap<>();
        List<String> listing = run("pdffonts", pdf.toString()).lines().toList();
        String header = listing.get(0);
        int type = header.indexOf("type");
        int emb = header.indexOf("emb");
        assertTrue(type > 0 && emb > type, "pdffonts' header: " + header);
        for (String line : listing.subList(2, listing.size())) {
            String name = line.substring(0, type).strip();
            int plus = name.indexOf('+');
            String full = name.substring(plus + 1);
            byTag.put(plus > 0 ? name.substring(0, plus) : name, full);
            fonts.put(full, line.substring(emb).startsWith("yes"));
        }

        String xml = run("pdftohtml", "-xml", "-i", "-q", "-enc", "UTF-8", "-stdout", pdf.toString());
        Map<String, String> byId = new HashMap<>();
        Matcher spec = FONTSPEC.matcher(xml);
        while (spec.find()) {
            String family = spec.group(2);
            int plus = family.indexOf('+');
            // pdftohtml shortens the name after the tag; pdffonts has it whole
            byId.put(spec.group(1), plus > 0 ? byTag.getOrDefault(family.substring(0, plus), family) : family);
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher text = TEXT.matcher(xml);
        while (text.find()) {
            String content = text.group(2)
                    .replaceAll("<[^>]*>", "")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", "");
            pieces.add(new Piece(content, byId.get(text.group(1))));
        }
        return new PdfText(List.copyOf(pieces), Map.copyOf(fonts));
    }

    /** Runs a poppler tool and returns its stdout; fails the test when it fails. */
    private static String run(String... command) {
        try {
            Path out = Files.createTempFile("jixiao-poppler-", ".txt");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                process.getOutputStream().close();
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish in 60 s");
                assertEquals(0, process.exitValue(), String.join(" ", command));
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.delete(out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
