// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Test;

/** Sites and their lazily built JSON Pointers. */
class TextWalkerTest {

    @Test
    void aLocationBuildsItsEscapedPointerAndKnowsItsTopComponent() {
        TextSite.Location location =
                TextSite.Location.ROOT.child("scoreSheet").child("a/b~c").child(3);
        assertEquals("/scoreSheet/a~1b~0c/3", location.pointer());
        assertEquals("scoreSheet", location.topName());
        assertEquals("description", TextSite.Location.ROOT.child("description").topName());
        assertEquals("", TextSite.Location.ROOT.pointer());
        assertNull(TextSite.Location.ROOT.topName());
    }

    /** The value at a pointer in the report's JSON tree, whose names are the component names. */
    private static Object at(Object tree, String pointer) {
        Object value = tree;
        for (String segment : JsonPointer.segments(pointer)) {
            value = value instanceof List<?> list
                    ? list.get(Integer.parseInt(segment))
                    : ((Map<?, ?>) value).get(segment);
        }
        return value;
    }

    @Test
    void theSitesOfAReportAreItsStringsInDocumentOrderWithTheirKinds() {
        List<TextSite> sites = TextWalker.sites(SampleReport.valid());
        List<String> paths = sites.stream().map(TextSite::path).toList();
        assertEquals(paths.stream().distinct().toList(), paths);
        Map<String, Object> tree = ReportTree.of(SampleReport.valid());
        for (TextSite site : sites) {
            assertEquals(site.text(), at(tree, site.path()), site.path());
        }
        TextSite first = sites.get(0);
        assertEquals(TextSite.Kind.FIELD, first.kind());
        assertEquals(
                TextSite.Kind.NUMBERED,
                sites.stream()
                        .filter(s -> s.path().equals("/keyTasks/0/title"))
                        .findFirst()
                        .orElseThrow()
                        .kind());
        assertEquals(
                TextSite.Kind.PARAGRAPH,
                sites.stream()
                        .filter(s -> s.path().equals("/indicatorAnalysis/preparation/rationality/0"))
                        .findFirst()
                        .orElseThrow()
                        .kind());
    }

    @Test
    void theUnitsOwnSectionTextAndTablesAreWalkedToo() throws IOException {
        Report report;
        try (InputStream in = TextWalkerTest.class.getResourceAsStream("/org/jixiao/json/complete-report.json")) {
            report = ReportJson.read(in);
        }
        List<TextSite> sites = TextWalker.sites(report);
        Map<String, Object> tree = ReportTree.of(report);
        Map<String, TextSite.Kind> kinds = new LinkedHashMap<>();
        for (TextSite site : sites) {
            assertEquals(site.text(), at(tree, site.path()), site.path());
            kinds.put(site.path(), site.kind());
        }
        assertEquals(sites.size(), kinds.size(), "each path once");
        Map<String, TextSite.Kind> expected = new LinkedHashMap<>();
        expected.put("/document/title", TextSite.Kind.FIELD);
        expected.put("/document/opening/0", TextSite.Kind.PARAGRAPH);
        expected.put("/cover/dates/0/label", TextSite.Kind.FIELD);
        expected.put("/scoreSheet/indicators/0/indicators/1/indicators/0/analysis/0", TextSite.Kind.PARAGRAPH);
        expected.put("/sections/other-matters/heading", TextSite.Kind.FIELD);
        expected.put("/sections/other-matters/paragraphs/0", TextSite.Kind.PARAGRAPH);
        expected.put("/sections/other-matters/items/0/title", TextSite.Kind.NUMBERED);
        expected.put("/sections/other-matters/tables/0/caption", TextSite.Kind.FIELD);
        expected.put("/sections/other-matters/tables/0/header/1", TextSite.Kind.CELL);
        expected.put("/sections/other-matters/tables/0/rows/0/2", TextSite.Kind.CELL);
        expected.put("/sections/profile.goals/paragraphs/0", TextSite.Kind.PARAGRAPH);
        expected.put("/extraSections/0/id", TextSite.Kind.FIELD);
        expected.put("/extraSections/0/tables/0/rows/0/0", TextSite.Kind.CELL);
        expected.put("/extraSections/1/paragraphs/0", TextSite.Kind.PARAGRAPH);
        expected.put("/attachments/2", TextSite.Kind.PARAGRAPH);
        for (Map.Entry<String, TextSite.Kind> e : expected.entrySet()) {
            assertEquals(e.getValue(), kinds.get(e.getKey()), e.getKey());
        }
    }
}
