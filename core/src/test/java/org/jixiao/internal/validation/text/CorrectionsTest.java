// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The corrections of the fix come to rest: after them, no correcting rule has anything left to report. */
@Tag("issue-11")
class CorrectionsTest {
    /** Pieces that make numbering, variants and brackets, mixed into the generated strings. */
    private static final List<String> MORE =
            List.of("1、", "（一）", "(1)", "⼀、", "査", "內", "“", "”", "。", "号", "【2021】37号");

    @Test
    void theFixComesToRestWithinItsPassesOnGeneratedText() {
        int corrected = 0;
        int[] histogram = new int[TextFixer.MAX_PASSES + 1];
        for (String text : strings()) {
            for (TextSite.Kind kind : List.of(TextSite.Kind.NUMBERED, TextSite.Kind.PARAGRAPH)) {
                assertEditsDoNotOverlap(text, corrections(text, kind));
                String current = text;
                int passes = 0;
                for (Corrections c = corrections(current, kind); !c.steps().isEmpty(); c = corrections(current, kind)) {
                    List<String> stages = c.stages(current);
                    String next = stages.get(stages.size() - 1);
                    assertTrue(!next.equals(current), () -> "a correction that changes nothing: " + text);
                    current = next;
                    passes++;
                    String shown = current;
                    int made = passes;
                    assertTrue(made < TextFixer.MAX_PASSES, () -> kind + " " + text + " → " + shown + " after " + made);
                }
                corrected += passes > 0 ? 1 : 0;
                histogram[passes]++;
            }
        }
        System.out.println("strings by passes to rest: " + java.util.Arrays.toString(histogram));
        assertTrue(corrected > 10_000, "too few generated strings have a correction: " + corrected);
    }

    @Test
    void stagesMakeTheStepsOneAfterAnother() {
        String text = "1、聚焦“双百工程 ”,检査，粤民办函【2021】37号";
        Corrections c = corrections(text, TextSite.Kind.NUMBERED);
        assertEquals(
                List.of(
                        ManualNumbering.CODE,
                        DocumentNumberBrackets.CODE,
                        HalfWidthPunctuation.CODE,
                        VariantCharacters.CODE,
                        StraySpaces.CODE),
                c.steps().stream().map(Corrections.Step::code).toList());
        assertEquals(
                List.of(
                        "聚焦“双百工程 ”,检査，粤民办函【2021】37号",
                        "聚焦“双百工程 ”,检査，粤民办函〔2021〕37号",
                        "聚焦“双百工程 ”，检査，粤民办函〔2021〕37号",
                        "聚焦“双百工程 ”，检查，粤民办函〔2021〕37号",
                        "聚焦“双百工程”，检查，粤民办函〔2021〕37号"),
                c.stages(text));
    }

    private static void assertEditsDoNotOverlap(String text, Corrections corrections) {
        List<Edit> edits = new ArrayList<>();
        corrections.steps().forEach(step -> edits.addAll(step.edits()));
        edits.sort(java.util.Comparator.comparingInt(Edit::start));
        for (int i = 1; i < edits.size(); i++) {
            int at = i;
            assertTrue(
                    edits.get(i - 1).end() <= edits.get(i).start(),
                    () -> "overlapping edits " + edits + " in " + text + " at " + at);
        }
    }

    private static Corrections corrections(String text, TextSite.Kind kind) {
        return TextRules.corrections(new TextSite(TextSite.Location.ROOT.child("p"), text, kind));
    }

    private static List<String> strings() {
        Random random = new Random(11);
        List<String> strings = new ArrayList<>();
        for (String text : RegexOracles.strings(2026, 100_000, 10)) {
            StringBuilder s = new StringBuilder(text);
            for (int i = random.nextInt(3); i > 0; i--) {
                s.insert(random.nextInt(s.length() + 1), MORE.get(random.nextInt(MORE.size())));
            }
            strings.add(s.toString());
        }
        return strings;
    }
}
