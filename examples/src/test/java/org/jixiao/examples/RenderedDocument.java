// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helper: the paragraphs' plain text of a rendered .docx (main document part). */
final class RenderedDocument {
    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>|<w:p/>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>|<w:br/>");

    private RenderedDocument() {}

    /** A table with no table inside it. */
    private static final Pattern INNERMOST_TABLE =
            Pattern.compile("<w:tbl[ >](?:(?!<w:tbl[ >]).)*?</w:tbl>", Pattern.DOTALL);

    static List<String> paragraphs(byte[] docx) throws IOException {
        return paragraphsOf(part(docx, "word/document.xml"));
    }

    /** The paragraphs of the main document that are not in a table: the running text. */
    static List<String> paragraphsOutsideTables(byte[] docx) throws IOException {
        String xml = part(docx, "word/document.xml");
        for (String without; !(without = INNERMOST_TABLE.matcher(xml).replaceAll("")).equals(xml); ) {
            xml = without;
        }
        return paragraphsOf(xml);
    }

    private static List<String> paragraphsOf(String xml) {
        List<String> paragraphs = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(xml);
        while (p.find()) {
            StringBuilder sb = new StringBuilder();
            Matcher t = TEXT.matcher(p.group());
            while (t.find()) {
                if (t.group(1) != null) {
                    sb.append(unescape(t.group(1)));
                } else {
                    sb.append(t.group().startsWith("<w:tab") ? '\t' : '\n');
                }
            }
            paragraphs.add(sb.toString());
        }
        return paragraphs;
    }

    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no part " + name);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
