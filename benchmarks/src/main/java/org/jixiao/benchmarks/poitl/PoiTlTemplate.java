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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A jixiao template ({@link PoiTlBaseline}) in poi-tl 1.12 syntax: the same .docx (same parts, styles,
 * paragraphs, tables and sections), its markers rewritten one by one with Apache POI XWPF
 * ({@link PoiTlTranslator}), so both engines render the same document from the same data. A loop over
 * mixed blocks, as the body of jixiao's official template ({@code {{#body}}}: each item a heading,
 * paragraph or table of one kind), becomes a {@code {{?body}}} section whose every iteration copies
 * the loop's paragraphs and tables and removes all but the block's kind ({@link LoopSplit} keeps the
 * tables out of the paragraph items).
 *
 * <table>
 *   <caption>Marker translation</caption>
 *   <tr><th>jixiao</th><th>poi-tl</th></tr>
 *   <tr><td>{@code {{a.b}}}</td><td>{@code {{a.b}}}</td></tr>
 *   <tr><td>{@code {{#list}}} … {@code {{/list}}} (own paragraphs)</td><td>{@code {{?list}}} … {@code {{/list}}}</td></tr>
 *   <tr><td>{@code {{?x}}} … {@code {{/x}}}</td><td>{@code {{?x_present}}} … (a Boolean, {@link PoiTlData})</td></tr>
 *   <tr><td>paragraph {@code {{?x}}text{{/x}}}, shown or removed whole</td>
 *       <td>{@code {{?x_present}}} / {@code text} / {@code {{/x_present}}}, three paragraphs (poi-tl
 *       would leave an empty paragraph)</td></tr>
 *   <tr><td>a path inside a loop that jixiao finds outside the item (it resolves outward)</td>
 *       <td>the same path, its value copied into the items that need it ({@link PoiTlData.Outer})</td></tr>
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
    private final byte[] docx;
    private final Map<String, int[]> rowLoops;
    private final Configure configure;
    private final PoiTlData.Shape shape;

    private PoiTlTemplate(byte[] docx, Map<String, int[]> rowLoops, PoiTlData.Shape shape) {
        this.docx = docx;
        this.rowLoops = rowLoops;
        this.configure = configureOf(rowLoops);
        this.shape = shape;
    }

    /**
     * Translates a jixiao template. {@code sampleData} (jixiao's data tree) tells which paragraph
     * placeholders hold lists of strings and where each path resolves, as jixiao decides at render
     * time.
     */
    public static PoiTlTemplate translate(byte[] jixiaoTemplate, Map<String, ?> sampleData) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(jixiaoTemplate))) {
            List<PoiTlData.Split> splits = LoopSplit.apply(doc);
            PoiTlTranslator t = new PoiTlTranslator(PoiTlData.split(sampleData, splits));
            t.translate(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return new PoiTlTemplate(out.toByteArray(), t.rowLoops(), t.shape(splits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model this template renders {@code data} (jixiao's data tree) from: the same values in the
     * shape poi-tl needs ({@link PoiTlData}); a new tree, {@code data} is not changed.
     */
    public Map<String, Object> model(Map<String, ?> data) {
        return PoiTlData.of(data, shape);
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
