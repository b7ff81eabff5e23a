// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jixiao.format.NumberingStyle;

/**
 * poi-tl's equivalent of jixiao's official template: the official .docx itself (same parts, styles,
 * paragraphs, tables and sections), its markers rewritten one by one into poi-tl 1.12 syntax with
 * Apache POI XWPF, so both engines render the same document from the same data.
 *
 * <table>
 *   <caption>Marker translation</caption>
 *   <tr><th>jixiao</th><th>poi-tl</th></tr>
 *   <tr><td>{@code {{a.b}}}</td><td>{@code {{a.b}}}</td></tr>
 *   <tr><td>{@code {{#list}}} … {@code {{/list}}} (own paragraphs)</td><td>{@code {{?list}}} … {@code {{/list}}}</td></tr>
 *   <tr><td>{@code {{?x}}} … {@code {{/x}}}</td><td>{@code {{?x_present}}} … (a Boolean, {@link PoiTlData})</td></tr>
 *   <tr><td>paragraph {@code {{paragraphs}}} holding a list of strings</td>
 *       <td>{@code {{?paragraphs}}} / {@code {{=#this}}} / {@code {{/paragraphs}}}, three paragraphs</td></tr>
 *   <tr><td>{@code {{@n|（1）}}}</td><td>{@code {{n3}}}, the number precomputed in the model</td></tr>
 *   <tr><td>{@code {{d|date}}}</td><td>{@code {{d_date}}}, precomputed</td></tr>
 *   <tr><td>row {@code {{#rows}}{{a|merge}}} … {@code {{/rows}}}</td>
 *       <td>{@code {{rows}}[a]} … with {@link LoopRowTableRenderPolicy} on the same row, and
 *       {@link MergingLoopRowPolicy} for the {@code |merge} columns</td></tr>
 *   <tr><td>row condition {@code {{?x}}} (first cell) … {@code {{/x}}} (last cell)</td>
 *       <td>dropped: poi-tl has no row condition; the Potou data shows both such rows</td></tr>
 * </table>
 *
 * <p>Immutable; {@link #render} is thread-safe (each call compiles its own {@link XWPFTemplate}: a
 * poi-tl template renders once).
 */
public final class PoiTlTemplate {
    private static final Pattern MARKER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern ONLY_SECTION_MARKER = Pattern.compile("\\{\\{([#?/])([^{}|]+)\\}\\}");
    private static final Object NO_CONTEXT = new Object();

    private final byte[] docx;
    private final Map<String, int[]> rowLoops;
    private final Configure configure;

    private PoiTlTemplate(byte[] docx, Map<String, int[]> rowLoops) {
        this.docx = docx;
        this.rowLoops = rowLoops;
        this.configure = configureOf(rowLoops);
    }

    /**
     * Translates a jixiao template. {@code sampleData} (jixiao's data tree) tells which paragraph
     * placeholders hold lists of strings, as jixiao decides at render time.
     */
    public static PoiTlTemplate translate(byte[] jixiaoTemplate, Map<String, ?> sampleData) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(jixiaoTemplate))) {
            Translator t = new Translator(sampleData);
            t.body(doc);
            if (t.open.size() != 1) {
                throw new IllegalStateException("unclosed sections: " + t.open);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return new PoiTlTemplate(out.toByteArray(), t.rowLoops);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The poi-tl template, a .docx; a fresh copy. */
    public byte[] docx() {
        return docx.clone();
    }

    /** The configuration the template needs: its row-loop policies. */
    public Configure configure() {
        return configure;
    }

    /** The row loops as text, one {@code path=mergeColumn,…} a line, for {@link #configure(String)}. */
    public String binds() {
        StringBuilder out = new StringBuilder();
        rowLoops.forEach((path, columns) -> out.append(path)
                .append('=')
                .append(String.join(
                        ",", Arrays.stream(columns).mapToObj(Integer::toString).toList()))
                .append('\n'));
        return out.toString();
    }

    /** The configuration for a template written earlier, from its {@link #binds()}. */
    public static Configure configure(String binds) {
        Map<String, int[]> rowLoops = new LinkedHashMap<>();
        for (String line : binds.split("\n")) {
            if (!line.isBlank()) {
                String[] kv = line.split("=", 2);
                rowLoops.put(
                        kv[0],
                        kv[1].isEmpty()
                                ? new int[0]
                                : Arrays.stream(kv[1].split(","))
                                        .mapToInt(Integer::parseInt)
                                        .toArray());
            }
        }
        return configureOf(rowLoops);
    }

    private static Configure configureOf(Map<String, int[]> rowLoops) {
        ConfigureBuilder builder = Configure.builder();
        rowLoops.forEach((path, columns) -> builder.bind(path, new MergingLoopRowPolicy(columns)));
        return builder.build();
    }

    /** Compiles the template, renders {@code model} (from {@link PoiTlData}) and returns the .docx. */
    public byte[] render(Map<String, Object> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XWPFTemplate.compile(new ByteArrayInputStream(docx), configure)
                    .render(model)
                    .writeAndClose(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One open section while walking the template, with a sample of its data to resolve paths in. */
    private record Open(String path, boolean loop, Object context) {}

    private static final class Translator {
        final Deque<Open> open = new ArrayDeque<>();
        final Map<String, int[]> rowLoops = new LinkedHashMap<>();

        Translator(Map<String, ?> sampleData) {
            open.push(new Open("", false, sampleData));
        }

        void body(IBody body) {
            for (IBodyElement e : new ArrayList<>(body.getBodyElements())) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(body, p);
                } else if (e instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        row(row);
                    }
                }
            }
        }

        void row(XWPFTableRow row) {
            List<XWPFTableCell> cells = row.getTableCells();
            XWPFParagraph first = cells.get(0).getParagraphs().get(0);
            List<XWPFParagraph> lastParas = cells.get(cells.size() - 1).getParagraphs();
            XWPFParagraph last = lastParas.get(lastParas.size() - 1);
            Matcher start = Pattern.compile("^\\{\\{([#?])([^{}|]+)\\}\\}").matcher(first.getText());
            if (!start.find()) {
                cells.forEach(c -> body(c));
                return;
            }
            String path = start.group(2).trim();
            String end = "{{/" + path + "}}";
            if (!last.getText().endsWith(end)) {
                throw new IllegalStateException("row section " + path + " not closed in its row");
            }
            setText(first, first.getText().substring(start.end()));
            setText(last, last.getText().substring(0, last.getText().length() - end.length()));
            if (start.group(1).equals("?")) {
                // poi-tl has no row condition: keep the row (the Potou report has both optional rows).
                cells.forEach(c -> body(c));
                return;
            }
            List<Integer> mergeColumns = new ArrayList<>();
            for (int col = 0; col < cells.size(); col++) {
                for (XWPFParagraph p : cells.get(col).getParagraphs()) {
                    String text = p.getText();
                    if (text.contains("|merge}}")) {
                        mergeColumns.add(col);
                    }
                    setText(p, rowMarkers(text));
                }
            }
            setText(first, "{{" + path + "}}" + first.getText());
            rowLoops.put(path, mergeColumns.stream().mapToInt(Integer::intValue).toArray());
        }

        void paragraph(IBody body, XWPFParagraph p) {
            String text = p.getText();
            if (!text.contains("{{")) {
                return;
            }
            Matcher section = ONLY_SECTION_MARKER.matcher(text);
            if (section.matches()) {
                setText(p, sectionMarker(section.group(1), section.group(2).trim()));
                return;
            }
            List<String> listPaths = new ArrayList<>();
            Matcher m = MARKER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String marker = m.group(1).trim();
                String replacement;
                if (marker.startsWith("@n")) {
                    replacement = "{{" + numberKey(marker) + "}}";
                } else if (marker.endsWith("|date")) {
                    replacement = "{{" + marker.substring(0, marker.length() - "|date".length()) + "_date}}";
                } else if (marker.contains("|") || "#?/".indexOf(marker.charAt(0)) >= 0) {
                    throw new IllegalStateException("no poi-tl translation for {{" + marker + "}} in: " + text);
                } else if (holdsList(marker)) {
                    listPaths.add(marker);
                    replacement = "{{=#this}}";
                } else {
                    replacement = "{{" + marker + "}}";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            if (listPaths.size() > 1) {
                throw new IllegalStateException("two list placeholders in one paragraph: " + text);
            }
            setText(p, out.toString());
            if (!listPaths.isEmpty()) {
                String path = listPaths.get(0);
                XmlCursor before = p.getCTP().newCursor();
                setText(insert(body, before), "{{?" + path + "}}");
                XmlCursor after = p.getCTP().newCursor();
                after.toNextSibling();
                setText(insert(body, after), "{{/" + path + "}}");
            }
        }

        String sectionMarker(String kind, String path) {
            switch (kind) {
                case "#" -> {
                    Object list = lookup(path);
                    Object sample = list instanceof List<?> l && !l.isEmpty() ? l.get(0) : NO_CONTEXT;
                    open.push(new Open(path, true, sample));
                    return "{{?" + path + "}}";
                }
                case "?" -> {
                    open.push(new Open(path, false, open.peek().context()));
                    return "{{?" + path + "_present}}";
                }
                default -> {
                    Open o = open.pop();
                    if (!o.path().equals(path)) {
                        throw new IllegalStateException("{{/" + path + "}} closes {{" + o.path() + "}}");
                    }
                    return o.loop() ? "{{/" + path + "}}" : "{{/" + path + "_present}}";
                }
            }
        }

        /** Whether the placeholder holds a list (of strings): from the sample data, by name where none. */
        boolean holdsList(String path) {
            if (open.peek().context() == NO_CONTEXT) {
                return path.endsWith("paragraphs");
            }
            return lookup(path) instanceof List<?>;
        }

        Object lookup(String path) {
            Object v = open.peek().context();
            for (String name : path.split("\\.")) {
                v = v instanceof Map<?, ?> m ? m.get(name) : null;
            }
            return v;
        }

        static String rowMarkers(String text) {
            Matcher m = MARKER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String marker = m.group(1).trim();
                String replacement;
                if (marker.endsWith("|merge")) {
                    replacement = "[" + marker.substring(0, marker.length() - "|merge".length()) + "]";
                } else if (marker.startsWith("@n")) {
                    replacement = "[" + numberKey(marker) + "]";
                } else if (marker.contains("|")) {
                    throw new IllegalStateException("no poi-tl translation for {{" + marker + "}}");
                } else {
                    replacement = "[" + marker + "]";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        static String numberKey(String marker) {
            String label = marker.contains("|") ? marker.substring(marker.indexOf('|') + 1) : "1";
            return PoiTlData.numberKey(NumberingStyle.byLabel(label)
                    .orElseThrow(() -> new IllegalStateException("unknown numbering " + label)));
        }

        static XWPFParagraph insert(IBody body, XmlCursor at) {
            if (body instanceof XWPFDocument d) {
                return d.insertNewParagraph(at);
            }
            return ((XWPFTableCell) body).insertNewParagraph(at);
        }
    }

    /** Puts {@code text} in the paragraph's first run (keeping its formatting) and drops the other runs. */
    static void setText(XWPFParagraph p, String text) {
        List<XWPFRun> runs = p.getRuns();
        if (runs.isEmpty()) {
            p.createRun().setText(text, 0);
            return;
        }
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        XWPFRun run = runs.get(0);
        if (run.getCTR().sizeOfTArray() == 0) {
            run.setText(text);
        } else {
            run.setText(text, 0);
        }
    }
}
