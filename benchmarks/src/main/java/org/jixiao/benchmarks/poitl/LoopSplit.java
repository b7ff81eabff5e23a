// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.poitl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;

/**
 * The first step of the translation to poi-tl: loops whose items are paragraphs of some kinds or a
 * table of others get their paragraph kinds in an inner loop ({@link #apply}). poi-tl copies a loop's
 * whole content for every item and then removes what the item does not show, so without the split
 * every heading and paragraph of the official body would copy and remove all ten tables.
 */
final class LoopSplit {
    private LoopSplit() {}

    /**
     * Splits each loop of {@code doc}'s main story whose items are paragraphs of some kinds or a
     * table of others (the official body): its paragraph kinds go into an inner loop
     * {@code {{#blocks}}}, so that poi-tl, which copies a loop's whole content for every item, copies
     * the tables only for the table items, and the items go into {@link PoiTlData.Split segments}:
     * a run of paragraph items, or one table item. Jixiao syntax, before {@link PoiTlTranslator#translate}.
     */
    static List<PoiTlData.Split> apply(XWPFDocument doc) {
        List<PoiTlData.Split> splits = new ArrayList<>();
        List<IBodyElement> elements = doc.getBodyElements();
        for (int i = 0; i < elements.size(); i++) {
            String path = ownMarker(elements.get(i), '#');
            if (path == null) {
                continue;
            }
            int end = closing(elements, i, path);
            Set<String> separate = new LinkedHashSet<>();
            int firstTable = -1;
            for (int j = i + 1; j < end; j++) {
                String kind = ownMarker(elements.get(j), '?');
                if (kind != null) {
                    int close = closing(elements, j, kind);
                    if (elements.subList(j, close).stream().anyMatch(XWPFTable.class::isInstance)) {
                        separate.add(kind);
                        firstTable = firstTable < 0 ? j : firstTable;
                    }
                    j = close;
                }
            }
            if (firstTable > i + 1 && onlySections(elements, firstTable, end, separate)) {
                String inner = "blocks";
                XWPFParagraph last = (XWPFParagraph) elements.get(firstTable);
                PoiTlTemplate.setText(doc.insertNewParagraph(last.getCTP().newCursor()), "{{/" + inner + "}}");
                XmlCursor afterStart =
                        ((XWPFParagraph) elements.get(i)).getCTP().newCursor();
                afterStart.toNextSibling();
                PoiTlTemplate.setText(doc.insertNewParagraph(afterStart), "{{#" + inner + "}}");
                splits.add(new PoiTlData.Split(path, inner, separate));
            }
        }
        return splits;
    }

    /** Whether {@code elements} from {@code from} to {@code to} are sections of the {@code kinds} only. */
    private static boolean onlySections(List<IBodyElement> elements, int from, int to, Set<String> kinds) {
        for (int j = from; j < to; j++) {
            String kind = ownMarker(elements.get(j), '?');
            if (kind == null || !kinds.contains(kind)) {
                return false;
            }
            j = closing(elements, j, kind);
        }
        return true;
    }

    /** The path of {@code e} when it is a paragraph holding only the marker {@code {{kind path}}}. */
    private static String ownMarker(IBodyElement e, char kind) {
        if (e instanceof XWPFParagraph p) {
            Matcher m = PoiTlTranslator.SECTION_MARKER.matcher(p.getText());
            if (m.matches() && m.group(1).charAt(0) == kind) {
                return m.group(2).trim();
            }
        }
        return null;
    }

    /** The index of the paragraph closing the section opened at {@code open}. */
    private static int closing(List<IBodyElement> elements, int open, String path) {
        for (int j = open + 1; j < elements.size(); j++) {
            if (path.equals(ownMarker(elements.get(j), '/'))) {
                return j;
            }
        }
        throw new IllegalStateException("{{" + path + "}} is not closed by a paragraph of its own");
    }
}
