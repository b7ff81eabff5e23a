// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.validation.Problem;

/**
 * The safety net behind "a key is never printed": a {@code {{} anywhere but in the text of a run
 * ({@code w:t}) is a marker where the compiler does not template (field code, alt text, math) and is
 * reported rather than copied to every output; a marker inside a tracked change ({@code w:ins},
 * {@code w:del}, {@code w:moveFrom}, {@code w:moveTo}) is refused: the change must be accepted or
 * rejected first. Each is reported once per place, at the body-level paragraph or table cell holding it.
 */
final class LeakCheck {
    private static final int SNIPPET = 40;
    /** Something like a marker, in braces of either width; those with a full-width brace are warned of. */
    private static final Pattern FULL_WIDTH = Pattern.compile("[{｛]{2}\\s*[#?^/@]?\\s*[\\p{L}_.][^{}｛｝]{0,40}?[}｝]{2}");

    private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo");

    private LeakCheck() {}

    /**
     * Checks part {@code part}, parsed as {@code root}: problems go to {@code problems}; markers typed
     * with full-width braces ({@code ｛｛unit.name｝｝}), which are text, go to {@code warnings}.
     */
    static void check(String part, XmlElem root, List<Problem> problems, List<Problem> warnings) {
        Walk w = new Walk();
        w.walk(root);
        for (Finding f : w.fullWidth.values()) {
            warnings.add(f.code.at(part, f.location, f.snippet, f.snippet));
        }
        for (Map.Entry<String, Finding> e : w.found.entrySet()) {
            Finding f = e.getValue();
            problems.add(f.code.at(part, f.location, f.snippet, f.snippet, f.place));
        }
    }

    /** A problem found at {@code location}; {@code zh} and {@code en} name the place. */
    private record Finding(Problems.Code code, String location, String snippet, Object place) {}

    /** Walks a part, keeping the location of the body-level paragraph or table cell it is in. */
    private static final class Walk {
        final Map<String, Finding> found = new LinkedHashMap<>();
        final Map<String, Finding> fullWidth = new LinkedHashMap<>();
        int paragraphs;
        int tables;
        int rows;
        int cells;
        /** Depth of tables and paragraphs around the current element. */
        int tableDepth;

        int paragraphDepth;
        String location = "";

        void walk(XmlElem e) {
            boolean table = e.isW("tbl");
            boolean para = e.isW("p");
            String saved = location;
            if (table) {
                tables++;
                if (tableDepth == 0) {
                    rows = 0;
                    location = "table " + tables;
                }
                tableDepth++;
            } else if (e.isW("tr") && tableDepth == 1) {
                rows++;
                cells = 0;
                location = "table " + tables + ", row " + rows;
            } else if (e.isW("tc") && tableDepth == 1) {
                cells++;
                location = "table " + tables + ", row " + rows + ", cell " + cells;
            } else if (para && tableDepth == 0 && paragraphDepth == 0) {
                paragraphs++;
                location = "paragraph " + paragraphs;
            }
            if (para && paragraphDepth == 0) {
                fullWidth(runText(e, new StringBuilder()).toString());
            }
            if (para) {
                paragraphDepth++;
            }
            if (TRACKED.contains(e.local) && e.isW(e.local) && hasMarker(e)) {
                String s = snippet(allText(e));
                found.putIfAbsent(
                        "tracked|" + location + "|" + s,
                        new Finding(Problems.Code.PLACEHOLDER_TRACKED, location, s, ""));
            } else {
                for (XmlAttr a : e.attrs) {
                    scan(a.value(), e, a);
                }
                boolean text = e.isW("t");
                for (XmlNode n : e.children) {
                    if (n instanceof XmlElem c) {
                        walk(c);
                    } else if (!text) {
                        scan(((XmlText) n).text, e, null);
                    }
                }
            }
            if (para) {
                paragraphDepth--;
            }
            if (table) {
                tableDepth--;
            }
            if (table || para || e.isW("tr") || e.isW("tc")) {
                location = saved;
            }
        }

        /** Markers typed with full-width braces in paragraph text {@code s}. */
        private void fullWidth(String s) {
            Matcher m = FULL_WIDTH.matcher(s);
            while (m.find()) {
                String snip = m.group();
                if (snip.indexOf('｛') < 0 && snip.indexOf('｝') < 0) {
                    continue;
                }
                fullWidth.putIfAbsent(
                        location + "|" + snip, new Finding(Problems.Code.FULL_WIDTH_BRACES, location, snip, ""));
            }
        }

        private void scan(String s, XmlElem e, XmlAttr a) {
            for (int i = s.indexOf("{{"); i >= 0; i = s.indexOf("{{", i + 2)) {
                int end = s.indexOf("}}", i);
                String snip = end >= 0 && end - i < SNIPPET
                        ? s.substring(i, end + 2)
                        : s.substring(i, Math.min(s.length(), i + SNIPPET));
                found.putIfAbsent(
                        "leak|" + location + "|" + snip,
                        new Finding(Problems.Code.PLACEHOLDER_UNSUPPORTED_PLACE, location, snip, place(e, a)));
            }
        }
    }

    /** The place of text in {@code e} (or its attribute {@code a}), in words. */
    private static Catalogue.Worded place(XmlElem e, XmlAttr a) {
        if (isFieldCode(e, a)) {
            return TemplateProblems.term("word.place.field-code");
        }
        if (a != null && (a.qname().endsWith("descr") || a.qname().endsWith("title"))) {
            return TemplateProblems.term("word.place.alt-text");
        }
        if (a != null) {
            return TemplateProblems.term("word.place.attribute", e.qname, a.qname());
        }
        return e.ns.endsWith("/math")
                ? TemplateProblems.term("word.place.equation")
                : TemplateProblems.term("word.place.element", e.qname);
    }

    private static boolean isFieldCode(XmlElem e, XmlAttr a) {
        return a == null ? e.isW("instrText") : e.isW("fldSimple") && a.qname().endsWith("instr");
    }

    private static boolean hasMarker(XmlElem e) {
        String s = allText(e);
        return s.contains("{{") || s.contains("}}");
    }

    /** The text of the {@code w:t} under {@code e}. */
    private static StringBuilder runText(XmlElem e, StringBuilder sb) {
        for (XmlNode n : e.children) {
            if (n instanceof XmlElem c) {
                runText(c, sb);
            } else if (e.isW("t")) {
                sb.append(((XmlText) n).text);
            }
        }
        return sb;
    }

    /** The text of every text node under {@code e}, attributes left out. */
    private static String allText(XmlElem e) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb);
        return sb.toString();
    }

    private static void collect(XmlElem e, StringBuilder sb) {
        for (XmlNode n : e.children) {
            if (n instanceof XmlElem c) {
                collect(c, sb);
            } else {
                sb.append(((XmlText) n).text);
            }
        }
    }

    private static String snippet(String s) {
        int i = s.indexOf("{{");
        int from = i >= 0 ? i : Math.max(0, s.indexOf("}}") - SNIPPET / 2);
        return s.substring(from, Math.min(s.length(), from + SNIPPET)).strip();
    }
}
