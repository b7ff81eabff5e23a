// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.approvaltests.Approvals;
import org.approvaltests.reporters.QuietReporter;
import org.approvaltests.reporters.UseReporter;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.Report;
import org.jixiao.report.ReportEditor;
import org.jixiao.report.SampleReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The text rules on a corpus of real sentences ({@code text-corpus.txt}): each planted defect is found
 * by its rule and by nothing else, each near miss makes no problem at all, and for the rules the fix
 * corrects, the fix corrects each planted defect and leaves each near miss as it is. The table of rules
 * × found / false alarms is printed and approved.
 */
@Tag("issue-11")
@UseReporter(QuietReporter.class)
class TextCorpusTest {
    private static final String CORPUS = "/org/jixiao/validation/text-corpus.txt";
    private static final Set<String> FIXED = Set.of(
            "text.manual-numbering",
            "text.document-number-brackets",
            "text.half-width-punctuation",
            "text.variant-character",
            "text.stray-space");
    private static final Pattern ALSO = Pattern.compile("\\s{2}\\[also: ([^\\]]+)]$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    /** One line of the corpus, ready to check. */
    private record Case(String code, Report report, String path, String text, boolean planted, Set<String> also) {}

    /** The counts of one rule. */
    private static final class Tally {
        int planted;
        int found;
        int fixed;
        int nearMisses;
        int falseAlarms;
    }

    @Test
    void everyPlantedDefectIsFoundAndNoNearMissIsReported() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Tally tally = tallies.computeIfAbsent(c.code(), code -> new Tally());
            Report report = ReportEditor.set(c.report(), c.path(), c.text());
            ValidationResult result = Checks.VALIDATOR.validate(report);
            FixResult fix = ReportFixer.fix(report);
            Set<String> codes = new TreeSet<>();
            result.problems().forEach(p -> codes.add(p.code()));
            if (c.planted()) {
                tally.planted++;
                Set<String> allowed = new TreeSet<>(c.also());
                allowed.add(c.code());
                if (codes.contains(c.code())) {
                    tally.found++;
                } else {
                    failures.add("missed " + c.code() + ": " + c.text());
                }
                if (!allowed.containsAll(codes)) {
                    failures.add("reported " + codes + " for " + c.code() + ": " + c.text() + "\n"
                            + result.describe(org.jixiao.Lang.EN));
                }
                if (FIXED.contains(c.code())) {
                    boolean corrected =
                            fix.fixes().stream().anyMatch(f -> f.code().equals(c.code()))
                                    && Checks.VALIDATOR.validate(fix.report()).problems().stream()
                                            .noneMatch(p -> FIXED.contains(p.code()));
                    if (corrected) {
                        tally.fixed++;
                    } else {
                        failures.add("not fixed " + c.code() + ": " + c.text() + " → " + fix.fixes());
                    }
                }
            } else {
                tally.nearMisses++;
                if (!codes.isEmpty() || !fix.fixes().isEmpty()) {
                    tally.falseAlarms++;
                    failures.add("false alarm " + codes + " " + fix.fixes() + " for " + c.code() + ": " + c.text());
                }
            }
        }
        String table = table(tallies);
        System.out.print(table);
        assertEquals(List.of(), failures, table);
        Approvals.verify(table);
    }

    @Test
    void everyRuleOfTheCorpusHasSeveralPlantedDefectsAndNearMisses() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Case c : cases()) {
            counts.computeIfAbsent(c.code(), code -> new int[2])[c.planted() ? 0 : 1]++;
        }
        counts.forEach((code, n) -> {
            if (!code.startsWith("(")) {
                assertTrue(n[0] >= 2 && n[1] >= 2, code + ": " + n[0] + " planted, " + n[1] + " near misses");
            }
        });
    }

    private static String table(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-38s %7s %5s %5s %11s %12s%n",
                "rule",
                "planted",
                "found",
                "fixed",
                "near misses",
                "false alarms"));
        tallies.forEach((code, t) -> out.append(String.format(
                Locale.ROOT,
                "%-38s %7d %5d %5s %11d %12d%n",
                code,
                t.planted,
                t.found,
                FIXED.contains(code) ? String.valueOf(t.fixed) : "-",
                t.nearMisses,
                t.falseAlarms)));
        return out.toString();
    }

    /** The corpus's lines as cases, each with the report of its section. */
    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String code = null;
        Report report = null;
        String path = null;
        for (String raw : read().split("\n")) {
            String line = unescape(raw.strip().isEmpty() ? "" : raw);
            if (line.isBlank() || line.startsWith("#") && !line.startsWith("## ")) {
                continue;
            }
            String rest = line.substring(Math.min(2, line.length()));
            if (line.startsWith("## ")) {
                code = rest.strip();
                report = SampleReport.valid();
                path = null;
            } else if (line.startsWith("= ")) {
                String[] parts = rest.strip().split(" ", 2);
                report = ReportEditor.set(report, parts[0], money(parts[1]));
            } else if (line.startsWith("@ ")) {
                path = rest.strip();
            } else if (line.startsWith("+ ") || line.startsWith("- ")) {
                Set<String> also = new TreeSet<>();
                Matcher m = ALSO.matcher(rest);
                if (m.find()) {
                    for (String other : m.group(1).split(",")) {
                        also.add(other.strip());
                    }
                    rest = rest.substring(0, m.start());
                }
                cases.add(new Case(code, report, path, rest, line.startsWith("+"), also));
            } else {
                throw new IllegalStateException("Not a corpus line: " + raw);
            }
        }
        return cases;
    }

    private static Money money(String text) {
        if (!text.endsWith("万元")) {
            throw new IllegalStateException("Amounts are in 万元: " + text);
        }
        return new Money(new BigDecimal(text.substring(0, text.length() - 2)), MoneyUnit.TEN_THOUSAND_YUAN);
    }

    private static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static String read() {
        try (InputStream in = TextCorpusTest.class.getResourceAsStream(CORPUS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
