// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jixiao.format.NumberingStyle;

/**
 * Rewrites the markers of a jixiao template, opened with Apache POI XWPF, into poi-tl 1.12 syntax in
 * place (the translation table is on {@link PoiTlTemplate}), and records what poi-tl's model must
 * hold beyond jixiao's data tree ({@link PoiTlData.Shape}) and which row loops need a policy.
 *
 * <p>Where jixiao and poi-tl look values up differently, the model is shaped for poi-tl rather than
 * the template bent: jixiao resolves a path outward from a loop's item to the enclosing data
 * (conditions do not change scope), poi-tl looks only in the item (and its loop variables). So a
 * path inside a loop that only the data around the loop holds, as {@code {{expenditure.budget.total.text}}}
 * inside {@code {{#body}}}, is recorded as an {@link PoiTlData.Outer outer value}, copied into the
 * items that need it. The sample data tells where each path resolves, as jixiao decides at render
 * time: a loop's sample is the union of its items' keys.
 *
 * <p>One instance translates one template; not thread-safe. Over 300 lines: one walk over the
 * document with one stack of open sections, which every marker's translation reads.
 */
final class PoiTlTranslator {
    private static final Pattern MARKER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    /** A section marker, {@code {{#x}}}, {@code {{?x}}} or {@code {{/x}}}: kind, path. */
    static final Pattern SECTION_MARKER = Pattern.compile("\\{\\{([#?/])([^{}|]+)\\}\\}");
    /** A paragraph jixiao shows or removes whole: it starts with {@code {{?x}}}, ends with {@code {{/x}}}. */
    private static final Pattern WHOLE_CONDITION =
            Pattern.compile("\\{\\{\\?([^{}|]+)\\}\\}(.*)\\{\\{/\\1\\}\\}", Pattern.DOTALL);

    private static final Pattern ROW_START = Pattern.compile("^\\{\\{([#?])([^{}|]+)\\}\\}");
    private static final Object NO_CONTEXT = new Object();

    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, int[]> rowLoops = new LinkedHashMap<>();
    private final Set<String> conditions = new LinkedHashSet<>();
    private final Set<PoiTlData.Outer> outer = new LinkedHashSet<>();
    private boolean numbered;

    /** One open section while walking the template, with a sample of its data to resolve paths in. */
    private record Open(String path, boolean loop, Object context) {}

    PoiTlTranslator(Map<String, ?> sampleData) {
        open.push(new Open("", false, sampleData));
    }

    /** Translates the main story of {@code doc} in place. */
    void translate(XWPFDocument doc) {
        body(doc);
        if (open.size() != 1) {
            throw new IllegalStateException("unclosed sections: " + open);
        }
    }

    /** The row loops translated, by data path, each with its {@code |merge} columns. */
    Map<String, int[]> rowLoops() {
        return rowLoops;
    }

    /** What the poi-tl model must hold for the translated template, whose loops {@code splits} split. */
    PoiTlData.Shape shape(List<PoiTlData.Split> splits) {
        return new PoiTlData.Shape(splits, conditions, numbered, List.copyOf(outer));
    }

    private void body(IBody body) {
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

    private void row(XWPFTableRow row) {
        List<XWPFTableCell> cells = row.getTableCells();
        XWPFParagraph first = cells.get(0).getParagraphs().get(0);
        List<XWPFParagraph> lastParas = cells.get(cells.size() - 1).getParagraphs();
        XWPFParagraph last = lastParas.get(lastParas.size() - 1);
        Matcher start = ROW_START.matcher(first.getText());
        if (!start.find()) {
            cells.forEach(this::body);
            return;
        }
        String path = start.group(2).trim();
        String end = "{{/" + path + "}}";
        if (!last.getText().endsWith(end)) {
            throw new IllegalStateException("row section " + path + " not closed in its row");
        }
        PoiTlTemplate.setText(first, first.getText().substring(start.end()));
        PoiTlTemplate.setText(last, last.getText().substring(0, last.getText().length() - end.length()));
        if (start.group(1).equals("?")) {
            // poi-tl has no row condition: keep the row (the Potou report has both optional rows).
            cells.forEach(this::body);
            return;
        }
        resolve(path);
        List<Integer> mergeColumns = new ArrayList<>();
        for (int col = 0; col < cells.size(); col++) {
            for (XWPFParagraph p : cells.get(col).getParagraphs()) {
                String text = p.getText();
                if (text.contains("|merge}}")) {
                    mergeColumns.add(col);
                }
                PoiTlTemplate.setText(p, markers(text, /* row= */ true, List.of()));
            }
        }
        PoiTlTemplate.setText(first, "{{" + path + "}}" + first.getText());
        rowLoops.put(path, mergeColumns.stream().mapToInt(Integer::intValue).toArray());
    }

    private void paragraph(IBody body, XWPFParagraph p) {
        String text = p.getText();
        if (!text.contains("{{")) {
            return;
        }
        Matcher section = SECTION_MARKER.matcher(text);
        if (section.matches()) {
            PoiTlTemplate.setText(
                    p, sectionMarker(section.group(1), section.group(2).trim()));
            return;
        }
        String condition = null;
        Matcher whole = WHOLE_CONDITION.matcher(text);
        if (whole.matches() && !SECTION_MARKER.matcher(whole.group(2)).find()) {
            // poi-tl would leave an empty paragraph where a false inline section stood; jixiao removes
            // the paragraph. Own-paragraph markers around it make poi-tl remove it too.
            condition = whole.group(1).trim();
            text = whole.group(2);
            open.push(new Open(condition, false, open.peek().context()));
        }
        List<String> listPaths = new ArrayList<>();
        String translated = markers(text, /* row= */ false, listPaths);
        if (condition != null) {
            open.pop();
        }
        if (listPaths.size() > 1) {
            throw new IllegalStateException("two list placeholders in one paragraph: " + text);
        }
        PoiTlTemplate.setText(p, translated);
        if (condition != null) {
            conditions.add(lastName(condition));
            around(body, p, "{{?" + condition + "_present}}", "{{/" + condition + "_present}}");
        }
        if (!listPaths.isEmpty()) {
            // inside the condition's markers: a paragraph per string, all of them shown or removed
            String path = listPaths.get(0);
            around(body, p, "{{?" + path + "}}", "{{/" + path + "}}");
        }
    }

    /**
     * {@code text}'s markers in poi-tl syntax: {@code {{a.b}}} in a paragraph, {@code [a.b]} in a
     * looped row; a placeholder holding a list of strings becomes {@code {{=#this}}} and its path goes
     * to {@code listPaths}.
     */
    private String markers(String text, boolean row, List<String> listPaths) {
        String open = row ? "[" : "{{";
        String close = row ? "]" : "}}";
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String marker = m.group(1).trim();
            String replacement;
            if (row && marker.endsWith("|merge")) {
                replacement = open + marker.substring(0, marker.length() - "|merge".length()) + close;
            } else if (marker.startsWith("@n")) {
                replacement = open + numberKey(marker) + close;
            } else if (!row && marker.endsWith("|date")) {
                replacement = open + marker.substring(0, marker.length() - "|date".length()) + "_date" + close;
            } else if (marker.contains("|") || "#?/".indexOf(marker.charAt(0)) >= 0) {
                throw new IllegalStateException("no poi-tl translation for {{" + marker + "}} in: " + text);
            } else if (!row && holdsList(marker)) {
                listPaths.add(marker);
                replacement = "{{=#this}}";
            } else {
                replacement = open + marker + close;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String sectionMarker(String kind, String path) {
        switch (kind) {
            case "#" -> {
                open.push(new Open(path, true, sample(resolve(path))));
                return "{{?" + path + "}}";
            }
            case "?" -> {
                resolve(path);
                conditions.add(lastName(path));
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
    private boolean holdsList(String path) {
        Object value = resolve(path);
        if (value == null && open.peek().context() == NO_CONTEXT) {
            return path.endsWith("paragraphs");
        }
        return value instanceof List<?>;
    }

    /**
     * The sample value at {@code path} as jixiao finds it: in the innermost context that has its first
     * name, outward. Found beyond a loop, it is recorded as an outer value of that loop's items,
     * guarded by the condition directly inside the loop. Inside a loop the sample has no item of
     * (an empty list: nothing in it renders), null.
     */
    private Object resolve(String path) {
        String first = path.split("\\.", 2)[0];
        List<Open> crossed = new ArrayList<>();
        String guard = null;
        String nearestCondition = null;
        for (Open o : open) { // innermost first
            if (o.loop() && o.context() == NO_CONTEXT) {
                return null;
            }
            if (o.context() instanceof Map<?, ?> m && m.get(first) != null) {
                if (!crossed.isEmpty()) {
                    if (crossed.size() > 1 || o != open.peekLast()) {
                        throw new IllegalStateException(path + ": found outside " + crossed.size()
                                + " loops, not in the root's loop's items; not supported");
                    }
                    outer.add(new PoiTlData.Outer(crossed.get(0).path(), guard, path));
                }
                return PoiTlData.lookup(m, path);
            }
            if (o.loop()) {
                crossed.add(o);
                guard = crossed.size() == 1 ? nearestCondition : guard;
            } else {
                nearestCondition = o.path();
            }
        }
        return null;
    }

    /**
     * A loop's sample item: the union of its items' keys (the body's blocks differ in kind), lists
     * joined (each segment of a split loop holds some of the blocks).
     */
    private static Object sample(Object list) {
        if (!(list instanceof List<?> items)) {
            return NO_CONTEXT;
        }
        Map<Object, Object> union = new LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if (union.get(k) instanceof List<?> a && v instanceof List<?> b) {
                        List<Object> joined = new ArrayList<>(a);
                        joined.addAll(b);
                        union.put(k, joined);
                    } else if (v != null) {
                        union.putIfAbsent(k, v);
                    }
                });
            }
        }
        return union.isEmpty() ? NO_CONTEXT : union;
    }

    private String numberKey(String marker) {
        numbered = true;
        String label = marker.contains("|") ? marker.substring(marker.indexOf('|') + 1) : "1";
        return PoiTlData.numberKey(NumberingStyle.byLabel(label)
                .orElseThrow(() -> new IllegalStateException("unknown numbering " + label)));
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Puts paragraphs holding {@code before} and {@code after} right before and after {@code p}. */
    private static void around(IBody body, XWPFParagraph p, String before, String after) {
        PoiTlTemplate.setText(insert(body, p.getCTP().newCursor()), before);
        XmlCursor next = p.getCTP().newCursor();
        if (!next.toNextSibling()) {
            throw new IllegalStateException("no element after the paragraph holding " + before);
        }
        PoiTlTemplate.setText(insert(body, next), after);
    }

    private static XWPFParagraph insert(IBody body, XmlCursor at) {
        if (body instanceof XWPFDocument d) {
            return d.insertNewParagraph(at);
        }
        return ((XWPFTableCell) body).insertNewParagraph(at);
    }
}
