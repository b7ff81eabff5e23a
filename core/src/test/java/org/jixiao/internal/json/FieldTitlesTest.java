// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.Lang;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Messages name fields by their titles: every JSON Pointer a rule can report — every property of the
 * model, at any depth, through lists and maps — has one in both languages.
 */
class FieldTitlesTest {

    @Test
    void everyPathOfTheModelHasATitleInBothLanguages() {
        List<String> pointers = new ArrayList<>();
        walk(Report.class, "", new HashSet<>(), pointers);
        assertTrue(pointers.size() > 300, "the walk reached " + pointers.size() + " paths");
        List<String> untitled = new ArrayList<>();
        for (String pointer : pointers) {
            for (Lang lang : Lang.values()) {
                String title = ReportTerms.field(pointer, lang);
                if (title == null || title.isBlank() || title.startsWith("/")) {
                    untitled.add(lang + " " + pointer + " → " + title);
                }
            }
        }
        assertEquals(List.of(), untitled, "give each property a title in schema-terms.properties");
    }

    @Test
    void aTitleNamesEveryStepAndNumbersListElementsFromOne() {
        assertEquals("自评工作开展情况 · 评价小组情况 · 组长 · 姓名", ReportTerms.field("/selfEvaluation/team/leader/name", Lang.ZH));
        assertEquals(
                "self evaluation · team · leader · name",
                ReportTerms.field("/selfEvaluation/team/leader/name", Lang.EN));
        assertEquals("年度总体工作和重点工作任务第 3 项 · 标题", ReportTerms.field("/keyTasks/2/title", Lang.ZH));
        assertEquals("key tasks item 3 · title", ReportTerms.field("/keyTasks/2/title", Lang.EN));
        assertEquals("报告", ReportTerms.field("", Lang.ZH));
        assertEquals("the report", ReportTerms.field("", Lang.EN));
    }

    @Test
    void aMapKeyFromTheReportIsShownEscapedNeverInterpreted() {
        assertEquals(
                "章节正文“{field}<U+202E>” · 段落第 1 项", ReportTerms.field("/sections/{field}\u202E/paragraphs/0", Lang.ZH));
    }

    @Test
    void aPathOutsideTheModelHasNoTitle() {
        assertNull(ReportTerms.field("/noSuchProperty", Lang.ZH));
        assertNull(ReportTerms.field("/keyTasks/first", Lang.ZH));
        assertNull(ReportTerms.field("/cover/evaluationYear/deeper", Lang.EN));
    }

    /** Every pointer below {@code type}: list elements as index 0, map values under key {@code k}. */
    private static void walk(Type type, String pointer, Set<Type> onTheWay, List<String> out) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            walk(p.getActualTypeArguments()[0], pointer + "/0", onTheWay, out);
            out.add(pointer + "/0");
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            walk(p.getActualTypeArguments()[1], pointer + "/k", onTheWay, out);
            out.add(pointer + "/k");
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !onTheWay.add(c)) {
            return; // a leaf, or a record already on the way (items nest in items)
        }
        for (RecordComponent component : c.getRecordComponents()) {
            String child = pointer + "/" + component.getName();
            out.add(child);
            walk(component.getGenericType(), child, onTheWay, out);
        }
        onTheWay.remove(c);
    }
}
